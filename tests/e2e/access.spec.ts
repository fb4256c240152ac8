import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StoryPage } from './driver.ts';
import { ORIGIN } from './origin.ts';

// Everyone can use it: axe's WCAG 2.2 A/AA rules in every view and both languages, a keyboard-only
// path through the story, and an Urdu page that is mirrored and says nothing in English.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// WCAG 2.2's least target size (2.5.8), in CSS px: the app's --size-target, 1.5rem at the default root size.
const MIN_TARGET_PX = 24;

/** Runs axe on the page as it is and fails with each rule broken and where. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
    where,
  ).toEqual([]);
}

for (const [lang, theme] of [
  ['en', 'light'],
  ['ur', 'dark'],
] as const) {
  test(`axe finds no violation in explore, a selection, reading, the table and story mode (${lang}, ${theme})`, async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open(`lang=${lang}&theme=${theme}`);
    await app.waitForMap();
    await expectNoViolations(page, 'explore');
    // Reading mode, following Iran (its sentences marked, the reading bar above them).
    await app.label('IRN').click();
    await expect(app.panel().locator('.panel-body[data-entity="IRN"]')).toBeVisible();
    // Its quoted sentences come after the panel's first frame: checked with them.
    await expect(app.panel().locator('.evidence-item').first()).toBeAttached();
    if (lang === 'en') await expectNoViolations(page, 'Iran selected');
    // axe passes a target under 24 px when nothing is near it, which depends on how the panel happens
    // to be laid out at that moment; the chips and the legend's buttons are 24 px tall themselves.
    const heights = await page
      .locator('.relation-chip, .legend-toggle, .legend-head .table-toggle')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height).filter((h) => h > 0));
    expect(heights.length, 'targets measured').toBeGreaterThan(10);
    expect(
      heights.filter((h) => h < MIN_TARGET_PX),
      `targets under ${String(MIN_TARGET_PX)} px tall`,
    ).toEqual([]);
    await app.panel().locator('.panel-tabs button').nth(1).click();
    await expect(app.panel().locator('.article-reader')).toBeVisible();
    await expectNoViolations(page, 'reading');
    await page.locator('.table-toggle').click();
    await expect(page.getByTestId('relations-table')).toBeVisible();
    await expectNoViolations(page, 'the table');
    await page.locator('.relations-table-header button').click();
    await page.keyboard.press('Escape');
    await app.panel().locator('.panel-tabs button').nth(0).click();
    await page.locator('.story-start').click();
    await expect(app.panel().locator('.step-panel')).toBeVisible();
    await expectNoViolations(page, 'story mode');
    app.expectClean();
  });
}

test('axe finds no violation in the embed, in either language', async ({ page }) => {
  const app = new StoryPage(page);
  await page.setViewportSize({ width: 600, height: 700 });
  await app.open('embed=1&focus=IRN&theme=dark');
  await app.waitForMap();
  await expectNoViolations(page, 'embed, English, dark');
  await page.goto('./?embed=1&relation=albania-severs-ties&lang=ur');
  await app.waitForMap();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoViolations(page, 'embed, Urdu, light');
  app.expectClean();
});

test("the focus ring of a line in the panel's summary is drawn whole, though its list is laid out only near view", async ({
  page,
}) => {
  const app = new StoryPage(page);
  await app.open('focus=ALB');
  await app.waitForMap();
  const first = page.locator('.summary-group').first().locator('.summary-line');
  const below = page.locator('.summary-group').last().locator('.summary-line').first();
  // The last group starts below the panel's fold: its list is not laid out until it comes near.
  await expect(below).not.toBeInViewport();
  // The first group's first line and its last, and the first line below the fold, each reached by
  // Tab (back one, then on), so that the ring is the keyboard's (:focus-visible).
  for (const line of [first.first(), first.last(), below]) {
    await line.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(line).toBeFocused();
    const sides = await app.focusRingSides(line);
    for (const [side, shown] of Object.entries(sides)) expect(shown, `${side} side of the ring`).toBeGreaterThan(0.8);
  }
  app.expectClean();
});

test('keyboard only: to Iran, one of its relations, its quote, and back, in under 15 keys; every relation reachable', async ({
  page,
}) => {
  const app = new StoryPage(page);
  await app.open();
  await app.waitForMap();
  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      return {
        key: a?.getAttribute('data-rove-key') ?? null,
        tag: a?.tagName ?? '',
        text: a?.textContent ?? '',
        inPanel: !!a?.closest('#panel'),
      };
    });

  // The first Tab shows the skip links; the first goes straight onto the map's one tab stop.
  await press('Tab');
  await expect(page.locator('.skip-links a').first()).toBeFocused();
  await expect(page.locator('.skip-links a').first()).toBeInViewport();
  await press('Enter');
  expect((await focused()).key).toBe('node:ALB');
  // Focus is seen: the app's ring, not the browser's default or none.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
  await press('ArrowRight');
  expect((await focused()).key).toBe('node:IRN');
  await press('Enter');
  await expect(app.panelTitle()).toBeFocused();
  await expect(app.panelTitle()).toContainText('Iran');
  await press('Tab'); // the panel's close button
  await press('Tab'); // the first line of Iran's relations
  const line = await focused();
  expect(line.inPanel).toBe(true);
  await press('Enter');
  await expect(app.panelTitle()).toBeFocused();
  await expect(app.panel().locator('[data-relation]').first()).toBeVisible();
  await expect(app.panel().locator('.quote').first()).toBeVisible();
  expect(await app.expectQuotesVerbatim()).toBeGreaterThan(0);
  await press('Escape');
  await expect.poll(async () => (await focused()).key).toBe('node:IRN');
  expect(presses).toBeLessThan(15);
  // Back to the opening view: the camera flies there first (handles move with it until it stops).
  await app.waitForMap();

  // The arrows go through every place and every drawn relation, including the United States → Iran
  // arrow whose middle is off the opening frame; each focused handle is on screen.
  const relations = await page
    .locator('.edge-handle')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-relation')));
  const seen = new Set<string>();
  const box = await page.locator('.map-view').boundingBox();
  for (let i = 0; i < 60 && seen.size < relations.length; i++) {
    await page.keyboard.press('ArrowRight');
    const { key } = await focused();
    if (key?.startsWith('edge:')) {
      seen.add(key.slice(5));
      const handle = await page.locator(`.edge-handle[data-relation="${key.slice(5)}"]`).boundingBox();
      expect(
        handle &&
          box &&
          handle.x >= box.x &&
          handle.x + handle.width <= box.x + box.width &&
          handle.y >= box.y &&
          handle.y + handle.height <= box.y + box.height,
        key,
      ).toBe(true);
    }
  }
  expect([...seen].sort()).toEqual([...relations].sort());
  expect(seen.has('us-vows-response')).toBe(true);

  // MapLibre's zoom buttons show the same focus ring.
  await page.locator('.maplibregl-ctrl-zoom-in').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeFocused();
  expect(await page.locator('.maplibregl-ctrl-zoom-in').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe(
    'solid',
  );
  app.expectClean();
});

// Words of the page that may stay in Latin letters in the Urdu interface: the app's own name, the
// switch back to English (named in English), the map data's credit, file names, formats and key names.
const LATIN_ALLOWED = ['English', 'Natural Earth', 'story.json', 'relations.csv', 'PNG', 'HTML', 'Ctrl'];

test('in Urdu the page is mirrored and says nothing in English outside what is marked English', async ({ page }) => {
  const app = new StoryPage(page);
  await app.open('lang=ur&focus=IRN');
  await app.waitForMap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The panel is on the left and the map on the right; the title at the right of the header.
  const panel = await app.panel().boundingBox();
  const map = await page.locator('.map-area').boundingBox();
  expect(panel && map && panel.x + panel.width <= map.x + 1).toBe(true);
  const title = await page.locator('.app-header h1').boundingBox();
  expect(title && title.x + title.width > 1280 - 60).toBe(true);
  await expect(app.panelTitle()).toContainText('ایران');

  const english = () =>
    page.evaluate((allowed) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        // Marked English (our glosses, the English names on the map), and code (the embed snippet).
        if (!el || el.closest('[lang="en"], .node .en, .edge-marker .en, script, style, textarea, .print-handout'))
          continue;
        if (el.closest('[hidden], [aria-hidden="true"]') || !el.checkVisibility()) continue;
        let text = n.textContent ?? '';
        for (const a of allowed) text = text.replaceAll(a, '');
        const words = text.match(/[A-Za-z]{3,}/gu);
        if (words) out.push(`${el.tagName}.${el.className}: ${text.trim().slice(0, 60)}`);
      }
      return out;
    }, LATIN_ALLOWED);
  expect(await english(), 'English left in the Urdu page (Iran selected)').toEqual([]);
  await app.screenshot('urdu-iran-1280x800');
  // The table of relations and the share dialog, in Urdu too.
  await page.locator('.table-toggle').click();
  await expect(page.getByTestId('relations-table')).toBeVisible();
  expect(await english(), 'English left in the Urdu table').toEqual([]);
  await page.locator('.relations-table-header button').click();
  await page.locator('.share-open').click();
  await expect(page.locator('dialog.share-dialog')).toBeVisible();
  expect(await english(), 'English left in the Urdu share dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.share-dialog')).toHaveCount(0);

  // Story mode: next is on the left, previous on the right; the keys are a clicker's in either
  // language (→ moves on, ← goes back: classroom.spec runs the whole story so).
  await page.locator('.story-start').click();
  await expect(app.panel().locator('.step-panel')).toHaveAttribute('data-step', '1');
  const next = await page.locator('.story-next').boundingBox();
  const previous = await page.locator('.story-previous').boundingBox();
  expect(next && previous && next.x < previous.x).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(app.panel().locator('.step-panel')).toHaveAttribute('data-step', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(app.panel().locator('.step-panel')).toHaveAttribute('data-step', '1');
  expect(await english(), 'English left in the Urdu page (story mode)').toEqual([]);

  // The phone layout, in Urdu.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.keyboard.press('Escape');
  await expect(app.panel().locator('.step-panel')).toHaveCount(0);
  await app.screenshot('urdu-overview-390x844');
  expect(await english(), 'English left in the Urdu page (phone)').toEqual([]);
  app.expectClean();
});

test('a browser set to Urdu opens the page in Urdu; the language switch turns the whole page to English and back, and is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext({
    locale: 'ur-PK',
    viewport: { width: 1280, height: 800 },
    baseURL: `${ORIGIN}/`,
  });
  const page = await context.newPage();
  const app = new StoryPage(page);
  await app.open();
  await app.waitForMap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(app.panelTitle()).toHaveText('خبر کیا بتاتی ہے');
  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.story-start')).toHaveText('Tell the story, step by step');
  expect((await app.search()).get('lang')).toBeNull();
  // Opened again without `lang` in the address, the page keeps the reader's choice over the browser's.
  await page.goto('./');
  await app.waitForMap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.story-start')).toHaveText('کہانی قدم بہ قدم سنائیں');
  expect((await app.search()).get('lang')).toBe('ur');
  app.expectClean();
  await context.close();
});
