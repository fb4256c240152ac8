import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';

// The first text paints at once: the page itself carries the story's title and summary, before
// (and without) the app's JavaScript. Checked with the app's scripts held back entirely.

test('the page shows the story’s title and summary before the app’s JavaScript runs', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Albania, Iran and a cyberattack');
  await expect(page.locator('.boot-summary')).toContainText('Albania cut diplomatic ties with Iran');
  await expect(page.getByRole('status')).toHaveText('Drawing the map…');
});

test('another story’s address never shows the default story’s title, even for a moment', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
  await page.goto('./?story=test-fixture-student-exchange');
  await expect(page.locator('[data-boot-story]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});

test('the app takes over from the page shell: one title, the app’s own', async ({ page }) => {
  const app = new StoryPage(page);
  await app.open();
  await expect(page.locator('.app[data-story]')).toBeVisible();
  await expect(page.locator('[data-boot-story]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  app.expectClean();
});
