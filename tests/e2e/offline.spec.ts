import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';
import { ORIGIN } from './origin.ts';

// A reader whose network fails them: a file of the page that cannot be had (offline, or removed by a
// redeploy) is said where it was wanted, and the rest of the page goes on; after a first visit, the
// service worker keeps every file, and the whole app works offline, a reload included.

test('a part whose file answers 404 says so in its place, with a retry; the map and the panel keep working', async ({
  page,
}) => {
  const app = new StoryPage(page);
  // The table's and the share dialog's files are gone (a redeploy removed them): 404.
  let gone = true;
  await page.route(/\/assets\/(RelationsTable|ShareDialog)-[\w-]+\.js$/u, (route) =>
    gone ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
  );
  await app.open();
  await app.waitForMap();
  await page.getByRole('button', { name: 'Table of relations' }).click();
  const table = page.locator('.error-boundary[data-boundary="table"]');
  await expect(table).toBeVisible();
  await expect(table).toContainText('could not be loaded');
  await expect(table.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await app.screenshot('offline-table-404');
  // The page is not blank: the header, and the panel and the map work (the table closes first).
  await expect(page.locator('.app-header h1')).toBeVisible();
  await table.getByRole('button', { name: 'Close' }).click();
  await app.dot('IRN').click();
  await expect(app.panelTitle()).toContainText('Iran');
  // The share dialog's file is gone too: said, and closed again.
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const share = page.locator('.error-boundary[data-boundary="share"]');
  await expect(share).toBeVisible();
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(share).toHaveCount(0);
  // The files are back: "Try again" fetches them again.
  gone = false;
  await page.getByRole('button', { name: 'Table of relations' }).click();
  await page.locator('.error-boundary[data-boundary="table"]').getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.relations-table table')).toBeVisible();
  // Only the 404s were errors.
  expect(
    app.watch.errors.filter((e) => !/404|RelationsTable|ShareDialog|dynamically imported module/u.test(e)),
  ).toEqual([]);
});

test('offline after the first visit: story mode, the table and sharing work, and so does a reload', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const app = new StoryPage(page);
  await app.open();
  await app.waitForMap();
  // The service worker is registered once the page has loaded, keeps every file, and looks after
  // this page from then on.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // Story mode, whose files the first view never asked for.
  await page.getByRole('button', { name: 'Tell the story, step by step' }).click();
  await expect(page.locator('.step-panel[data-step="1"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-panel[data-step="2"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.step-panel')).toHaveCount(0);
  // The table.
  await page.getByRole('button', { name: 'Table of relations' }).click();
  await expect(page.locator('.relations-table table')).toBeVisible();
  await page.locator('.relations-table .pill').click();
  await expect(page.locator('.relations-table')).toHaveCount(0);
  // Share and embed.
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await expect(page.getByRole('dialog', { name: 'Share, embed or download' })).toBeVisible();
  await page.keyboard.press('Escape');
  // A reload, offline, of a view with a selection: the page, its story and its map come from the cache.
  await page.goto(`${ORIGIN}/?focus=IRN`);
  await app.waitForMap();
  await expect(app.panelTitle()).toContainText('Iran');
  await app.screenshot('offline-reload-iran');
  expect(app.watch.errors).toEqual([]);
  await context.close();
});
