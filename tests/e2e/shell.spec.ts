import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';
import { HOST_ORIGIN } from './origin.ts';

// The first text paints at once: the page itself carries the story's title and summary, before
// (and without) the app's JavaScript. Checked with the app's scripts held back entirely.

test('the page shows the story’s title and summary before the app’s JavaScript runs', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Albania, Iran and a cyberattack');
  await expect(page.locator('[data-boot-lang="en"] .boot-summary')).toContainText(
    'Albania cut diplomatic ties with Iran',
  );
  await expect(page.getByRole('status')).toHaveText('Drawing the map…');
});

test('with ?lang=ur the page shell is in Urdu, right to left, before the app’s JavaScript runs', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
  await page.goto('./?lang=ur');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('البانیہ، ایران اور سائبر حملہ');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('status')).toHaveText('نقشہ بن رہا ہے…');
});

test('another story’s address never shows the default story’s title, even for a moment', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
  await page.goto('./?story=test-fixture-student-exchange');
  await expect(page.locator('[data-boot-story]').first()).toBeAttached();
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

// The page's Content-Security-Policy (a meta tag in index.html): scripts, styles, fonts, workers,
// images and data from its own origin only. Every StoryPage test fails on any violation it reports
// (driver.ts); this one proves the policy is there and refuses what it should.
test('the Content-Security-Policy refuses inline script, another origin’s script and eval, and reports each', async ({
  page,
  request,
}) => {
  const html = await (await request.get('./')).text();
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(html)?.[1] ?? '';
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/u);
      return [name, values.join(' ')];
    }),
  );
  expect(directives.get('default-src'), policy).toBe("'self'");
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/u);

  const app = new StoryPage(page);
  await app.open();
  await expect(page.locator('.app[data-story]')).toBeVisible();
  const foreign = `${HOST_ORIGIN}/x.js`;
  const outcome = await page.evaluate(async (src) => {
    const w = window as unknown as { inlineRan?: boolean };
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.body.append(inline);
    const script = document.createElement('script');
    script.src = src;
    const loaded = new Promise<string>((resolve) => {
      script.onload = () => resolve('ran');
      script.onerror = () => resolve('refused');
    });
    document.body.append(script);
    // Tried from a task of the page's own (the test's evaluation itself is exempt from the policy).
    const evalRan = await new Promise<boolean>((resolve) => {
      setTimeout(() => {
        try {
          resolve((0, eval)('true') as boolean);
        } catch {
          resolve(false); // EvalError: the policy refuses it.
        }
      }, 0);
    });
    return { inline: w.inlineRan === true, foreign: await loaded, evalRan };
  }, foreign);
  expect(outcome).toEqual({ inline: false, foreign: 'refused', evalRan: false });
  // Refused by the policy in the page, not by the test's network block: the request never left it.
  expect(app.watch.foreignRequests).toEqual([]);
  await expect.poll(() => app.watch.cspViolations.length).toBe(3);
  const violations = app.watch.cspViolations.join('\n');
  expect(violations).toMatch(/^script-src-elem refused inline/mu);
  expect(violations).toContain(`script-src-elem refused ${foreign}`);
  expect(violations).toMatch(/^script-src refused eval/mu);
  // Chromium logs each refusal as a console error too, which the driver also records.
  expect(app.watch.errors.length).toBeGreaterThan(0);
  expect(app.watch.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
});
