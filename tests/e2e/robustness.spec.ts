import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';

// axe's checks of every view, in both languages, are in access.spec.ts.

test.describe('open data', () => {
  test('"Get the data" serves story.json and relations.csv from the app itself', async ({ page, request }) => {
    const app = new StoryPage(page);
    await app.open();
    const json = app.panel().getByRole('link', { name: 'story.json' });
    await expect(json).toHaveAttribute('href', 'data/story.json');
    const res = await request.get('data/story.json');
    expect(res.ok()).toBe(true);
    const doc = (await res.json()) as { schema: string; relations: unknown[]; passages: unknown[] };
    expect(doc.schema).toBe('urdu-story-map/story@1');
    expect(doc.relations).toHaveLength(22);
    expect(doc.passages).toHaveLength(22);
    const csv = await (await request.get('data/relations.csv')).text();
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(23);
    app.expectClean();
  });
});

test.describe('resilience', () => {
  test('a WebGL context lost for good: the still map takes over with the same selection, and says why', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('focus=IRN');
    await app.waitForMap();
    await expect(app.panelTitle()).toContainText('Iran');
    // What a GPU reset with no way back looks like to the page (the map's own context, lost).
    const lost = await page.evaluate(() => {
      const extension = document
        .querySelector<HTMLCanvasElement>('.maplibregl-canvas')
        ?.getContext('webgl2')
        ?.getExtension('WEBGL_lose_context');
      extension?.loseContext();
      return Boolean(extension);
    });
    expect(lost).toBe(true);
    await app.waitForMap('fallback');
    await expect(page.getByRole('status').filter({ hasText: /graphics stopped/ })).toBeVisible();
    // The MapLibre instance is gone; the still map shows the same selection as the live one did.
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    await expect(page.locator('.fallback-map path').first()).toBeAttached();
    await expect(page.locator('.node[data-dot="IRN"]')).toHaveAttribute('data-selected', 'true');
    await expect(app.panelTitle()).toContainText('Iran');
    expect((await app.search()).get('focus')).toBe('IRN');
    await app.screenshot('context-lost');
    // And it keeps working: a choice on the still map reaches the panel.
    await page.keyboard.press('Escape');
    await app.dot('ALB').click();
    await expect(app.panelTitle()).toContainText('Albania');
    app.expectClean();
  });

  test('a panel that fails leaves the map working, and "Try again" brings it back', async ({ page }) => {
    // The reader scrolls its sentence into view in an effect: here the browser's scrollIntoView throws
    // until the test says otherwise (nothing in the app is changed for the test).
    await page.addInitScript(() => {
      const scroll = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView')?.value as (
        this: Element,
        arg?: boolean | ScrollIntoViewOptions,
      ) => void;
      const flags = window as unknown as { scrollFails?: boolean };
      flags.scrollFails = true;
      Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
        if (flags.scrollFails) throw new Error('scrollIntoView failed (broken by the test)');
        scroll.call(this, arg);
      };
    });
    const app = new StoryPage(page);
    await app.open('focus=IRN&view=article');
    const failed = page.getByRole('alert').filter({ hasText: 'The panel stopped working' });
    await expect(failed).toBeVisible();
    await expect(app.panel()).toHaveCount(0);
    // The map, and the address with it, still answer.
    await app.waitForMap();
    await app.screenshot('panel-failed');
    await app.label('ALB').click();
    await expect(page.locator('.node[data-node="ALB"]')).toHaveAttribute('data-selected', 'true');
    await expect.poll(async () => (await app.search()).get('focus')).toBe('ALB');
    // With the fault gone, "Try again" draws the panel afresh, on what was chosen meanwhile.
    await page.evaluate(() => {
      (window as unknown as { scrollFails?: boolean }).scrollFails = false;
    });
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(failed).toHaveCount(0);
    await expect(app.panel()).toBeVisible();
    await expect(app.readingCount()).toBeVisible();
    // React reports the error it caught; nothing else went wrong.
    expect(app.watch.errors.length).toBeGreaterThan(0);
    expect(
      app.watch.errors.filter((e) => !e.includes('broken by the test')),
      'other console and page errors',
    ).toEqual([]);
    expect(app.watch.foreignRequests).toEqual([]);
    expect(app.watch.cspViolations).toEqual([]);
  });
});
