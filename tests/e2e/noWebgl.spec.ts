import { expect, test } from '@playwright/test';
import { chromiumForThisRun } from './browser/findChromium.ts';
import { StoryPage, reviewShot } from './driver.ts';
import { downloadPicture, pictureStats } from './picture.ts';

// A browser without WebGL: the run's own Chromium (the config's choice, reused, not probed again) with
// its own switches (the npm-shipped one does not start without its GL ones) and WebGL turned off.
// Playwright needs these at the top level.
const browser = await chromiumForThisRun();
test.use({
  launchOptions: {
    executablePath: browser.executablePath,
    args: [...browser.args, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'],
  },
});

test.describe('without WebGL', () => {
  test('draws a static map with the same countries and arcs, says why, and everything still works, the PNG export too', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('focus=KWT');
    await app.waitForMap('fallback');
    await expect(page.getByRole('status').filter({ hasText: 'WebGL is off or missing' })).toBeVisible();
    await expect(page.locator('.fallback-map path').first()).toBeAttached();
    await expect(page.locator('.fallback-arc')).toHaveCount(22);
    // The still map marks its arcs' ends itself: no kind marks at the handles besides.
    await expect(page.locator('.arc-marks')).toHaveCount(0);
    await expect(app.panelTitle()).toContainText('Kuwait');
    // Back to the opening view, where Iran is in frame (Kuwait's selection framed Kuwait).
    await page.keyboard.press('Escape');
    await app.dot('IRN').click();
    await expect(app.panelTitle()).toContainText('Iran');
    await app.edge('albania-severs-ties').focus();
    await page.keyboard.press('Enter');
    await expect(app.panelTitle()).toContainText('Albania → Iran');
    await app.screenshot('fallback-no-webgl');
    // Download PNG draws the still map with its labels and key: never blank.
    const map = await page.locator('.map-view').boundingBox();
    if (!map) throw new Error('no map');
    const picture = await downloadPicture(page, 'export-fallback');
    expect(picture.width).toBe(2 * (Math.round(map.width) + 32));
    const stats = await pictureStats(page, picture);
    expect(stats.middleBare, 'share of the map band left bare').toBeLessThan(0.3);
    expect(stats.middleColours, 'colours across the map').toBeGreaterThan(40);
    app.expectClean();
  });

  test('a map that fails on a damaged world file leaves the panel working', async ({ page }) => {
    // The world's shapes arrive as valid JSON with one country's geometry missing its coordinates:
    // the still map throws while drawing it, and only the map's part of the page says so.
    await page.route('**/countries-50m*.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          type: 'Topology',
          arcs: [],
          objects: {
            countries: {
              type: 'GeometryCollection',
              geometries: [{ type: 'Point', id: '008', properties: { name: 'Albania' } }],
            },
          },
        }),
      }),
    );
    const app = new StoryPage(page);
    await app.open('focus=KWT');
    const failed = page.getByRole('alert').filter({ hasText: 'The map stopped working' });
    await expect(failed).toBeVisible();
    await expect(page.locator('.map-view')).toHaveCount(0);
    await reviewShot(page, 'map-failed');
    // The panel and the legend still answer, and so does the address.
    await expect(app.panelTitle()).toContainText('Kuwait');
    await app.summaryLines().first().click();
    await expect(app.panelTitle()).toContainText('→');
    await expect.poll(async () => (await app.search()).get('relation')).not.toBeNull();
    await app.legendKind('cyberattack').locator('.legend-entry').click();
    await expect.poll(async () => (await app.search()).get('kind')).toBe('cyberattack');
    // The file is still damaged: "Try again" draws the map again, and it fails again, still alone.
    const reported = app.watch.errors.length;
    expect(reported, 'the error React reported').toBeGreaterThan(0);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => app.watch.errors.length).toBeGreaterThan(reported);
    await expect(failed).toBeVisible();
    await expect(app.legendKind('cyberattack').locator('.legend-entry')).toHaveAttribute('aria-pressed', 'true');
    expect(
      app.watch.errors.filter((e) => !e.startsWith('TypeError')),
      'other console and page errors',
    ).toEqual([]);
    expect(app.watch.foreignRequests).toEqual([]);
    expect(app.watch.cspViolations).toEqual([]);
  });
});
