import { expect, test } from '@playwright/test';
import { chromiumForThisRun } from './browser/findChromium.ts';
import { StoryPage } from './driver.ts';
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
  test('draws a static map with the same countries and arcs, says why, and everything still works, the PNG export too', async ({ page }) => {
    const app = new StoryPage(page);
    await app.open('focus=KWT');
    await app.waitForMap('fallback');
    await expect(page.getByRole('status').filter({ hasText: 'WebGL is off or missing' })).toBeVisible();
    await expect(page.locator('.fallback-map path').first()).toBeAttached();
    await expect(page.locator('.fallback-arc')).toHaveCount(22);
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
});
