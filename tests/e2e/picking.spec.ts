import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { StoryPage } from './driver.ts';
import { countriesUnder, fitMercator, type FittedMercator } from './landCheck.ts';

// What a click or a tap on the map chooses, read as a reader does it: at a place on the ground (the
// test's own Natural Earth shapes, through a Mercator fitted to the drawn dots), not at an element.

const story = JSON.parse(readFileSync('stories/albania-iran-cyberattack/story.json', 'utf8')) as {
  entities: { id: string; anchor?: [number, number]; isoNumeric?: string }[];
};
const ANCHOR = new Map(story.entities.flatMap((e) => (e.anchor ? [[e.id, e.anchor] as const] : [])));
const STORY_LAND = new Set(story.entities.flatMap((e) => (e.isoNumeric ? [e.isoNumeric] : [])));

/** The map's projection as drawn: from where the map put the places it draws. */
async function projection(page: Page): Promise<FittedMercator> {
  const places = await page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.node[data-dot] .node-dot')) {
      const r = el.getBoundingClientRect();
      out[el.closest<HTMLElement>('.node')?.dataset['dot'] ?? '?'] = {
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
      };
    }
    // A dot nudged aside: its place is the end of its leader.
    for (const g of document.querySelectorAll<SVGGElement>('.leaders g[data-leader]')) {
      const r = g.querySelector('circle')?.getBoundingClientRect();
      if (r) out[g.dataset['leader'] ?? '?'] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return out;
  });
  return fitMercator(
    Object.entries(places).flatMap(([id, p]) => (ANCHOR.has(id) ? [{ lngLat: ANCHOR.get(id) ?? [0, 0], ...p }] : [])),
  );
}

/** Two dots closer than a 24 px target, with a point between them off both (more than a dot's
 * radius and a pixel from every dot) and off every place's land, where a finger would cover both. */
async function crowdedPair(
  page: Page,
): Promise<{ a: { id: string }; b: { id: string }; mid: { x: number; y: number } } | undefined> {
  const map = await projection(page);
  const dots = await page.locator('.node[data-dot] .node-dot').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.closest<HTMLElement>('.node')?.dataset['dot'] ?? '?',
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
      };
    }),
  );
  return dots
    .flatMap((a, i) => dots.slice(i + 1).map((b) => ({ a, b, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } })))
    .find(({ a, b, mid }) => {
      const gap = Math.hypot(a.x - b.x, a.y - b.y);
      const clearOfDots = dots.every((d) => Math.hypot(d.x - mid.x, d.y - mid.y) > 9);
      const box = { left: mid.x - 1, top: mid.y - 1, right: mid.x + 1, bottom: mid.y + 1 };
      return gap > 18 && gap < 24 && clearOfDots && countriesUnder(box, STORY_LAND, map, 1).size === 0;
    });
}

/** The title of the selection in the panel (or the overview's). */
const title = (app: StoryPage) => app.panelTitle().innerText();

test.describe('on a phone, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a country’s land selects that country, not the dot nearest to it; Lebanon selects nothing', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('focus=JOR');
    await app.waitForMap();
    const map = await projection(page);
    // Galilee and the Negev are Israel's; Lebanon is no place of the story.
    for (const [where, [lng, lat], expected] of [
      ['Galilee', [35.45, 32.85], 'Israel'],
      ['the Negev', [34.9, 30.6], 'Israel'],
    ] as const) {
      await page.touchscreen.tap(...map.forward(lng, lat));
      await expect(app.panelTitle(), where).toContainText(expected);
      // Back to Jordan, as it was, by its dot: the tap leaves no tooltip behind.
      await app.dot('JOR').tap();
      await expect(app.panelTitle()).toContainText('Jordan');
      await app.waitForMap();
      await expect(page.locator('.map-tooltip')).toHaveCount(0);
    }
    await page.touchscreen.tap(...map.forward(35.85, 33.85));
    await expect(page.locator('.map-chooser')).toHaveCount(0);
    expect(await title(app)).toContain('Jordan');
    await app.screenshot('pick-lebanon-390x844');
    // A tap leaves no tooltip behind, before a scroll or after it.
    await expect(page.locator('.map-tooltip')).toHaveCount(0);
    await page.mouse.wheel(0, 300);
    await expect(page.locator('.map-tooltip')).toHaveCount(0);
    app.expectClean();
  });

  test('two targets under a finger are never chosen at random: a chooser names them, and a tap on one selects it', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    // The whole story on a phone: the Levant's dots are a finger's width apart or less.
    await page.getByRole('button', { name: 'Whole story' }).tap();
    await app.waitForMap();
    const pair = await crowdedPair(page);
    expect(pair, 'two dots a finger apart with open ground between them').toBeDefined();
    if (!pair) return;
    await page.touchscreen.tap(pair.mid.x, pair.mid.y);
    const chooser = page.getByRole('dialog', { name: 'Which one did you mean?' });
    await expect(chooser).toBeVisible();
    const choices = chooser.locator('button[data-choice]');
    const named = await choices.evaluateAll((els) => els.map((el) => el.getAttribute('data-choice')));
    expect(named).toEqual(expect.arrayContaining([`entity:${pair.a.id}`, `entity:${pair.b.id}`]));
    // Each choice is a whole target for a finger.
    for (const box of await choices.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(24);
    await app.screenshot('pick-chooser-390x844');
    await chooser.locator(`button[data-choice="entity:${pair.b.id}"]`).tap();
    await expect(chooser).toHaveCount(0);
    await expect(app.panel().locator('[data-entity]').first()).toHaveAttribute('data-entity', pair.b.id);
    // Escape closes a chooser and leaves the selection as it was.
    await page.getByRole('button', { name: 'Whole story' }).tap();
    await app.waitForMap();
    const again = await crowdedPair(page);
    if (!again) throw new Error('no two dots a finger apart in the whole story with a selection');
    await page.touchscreen.tap(again.mid.x, again.mid.y);
    await expect(chooser).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(chooser).toHaveCount(0);
    await expect(app.panel().locator('[data-entity]').first()).toHaveAttribute('data-entity', pair.b.id);
    app.expectClean();
  });
});

test.describe('with a mouse on a narrow page', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a click on Galilee selects Israel and one on Lebanon nothing; a hover’s tooltip goes with a scroll of the page', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open('focus=JOR');
    await app.waitForMap();
    const map = await projection(page);
    await page.mouse.click(...map.forward(35.45, 32.85));
    await expect(app.panelTitle()).toContainText('Israel');
    await app.waitForMap();
    const framed = await projection(page);
    await page.mouse.click(...framed.forward(35.85, 33.85));
    expect(await title(app)).toContain('Israel');
    // A tooltip follows the mouse over a country, and a scroll of the page takes it away.
    await page.mouse.move(...framed.forward(36.4, 31.2));
    await expect(page.locator('.map-tooltip')).toBeVisible();
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect(page.locator('.map-tooltip')).toHaveCount(0);
    app.expectClean();
  });
});
