import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { StoryPage } from './driver.ts';
import { fitMercator, shareOn } from './landCheck.ts';

// The promises of a geography tool, checked through what the map itself draws: each dot sits where
// the map projects its place, so a dot on screen is a place on screen.
const COUNTRIES = ['ALB', 'IRN', 'USA', 'ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
// The opening view is checked at every size a reader, a classroom or a publisher brings.
const OPENING_SIZES = [...SIZES, { width: 1280, height: 630 }, { width: 1920, height: 1080 }, { width: 800, height: 600 }];
// A label is "beside" its place when the nearest point of its box is this close to the dot's centre.
const NEAR = 24;
// At most this share of a label may lie on another story country's land (the selection's own label
// may need some where the region is crowded; every other label finds open sea or its own land).
const MAX_FOREIGN = 0.25;

const story = JSON.parse(readFileSync('stories/albania-iran-cyberattack/story.json', 'utf8')) as {
  entities: { id: string; anchor?: [number, number]; isoNumeric?: string }[];
};
const ANCHOR = new Map(story.entities.flatMap((e) => (e.anchor ? [[e.id, e.anchor] as const] : [])));
const ISO = new Map(story.entities.flatMap((e) => (e.isoNumeric ? [[e.id, e.isoNumeric] as const] : [])));

interface Geometry {
  readonly frame: { left: number; top: number; right: number; bottom: number };
  readonly dots: Record<string, { x: number; y: number }>;
  /** Where each place truly is: its dot, or the end of the leader from a dot nudged aside. */
  readonly places: Record<string, { x: number; y: number }>;
  readonly labels: Record<string, { left: number; top: number; right: number; bottom: number } | null>;
  readonly focused: string[];
}

/** Where every dot and shown label is, and which places are in focus (not dimmed). */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const view = document.querySelector('.map-view');
    const dots: Record<string, { x: number; y: number }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.node[data-dot] .node-dot')) {
      const r = el.getBoundingClientRect();
      dots[el.closest<HTMLElement>('.node')?.dataset['dot'] ?? '?'] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    const places: Record<string, { x: number; y: number }> = { ...dots };
    for (const g of document.querySelectorAll<SVGGElement>('.leaders g[data-leader]')) {
      const r = g.querySelector('circle')?.getBoundingClientRect();
      if (r) places[g.dataset['leader'] ?? '?'] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    const labels: Record<string, { left: number; top: number; right: number; bottom: number } | null> = {};
    const focused: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('.node[data-node]')) {
      const id = node.dataset['node'] ?? '?';
      const label = node.querySelector('.node-label');
      labels[id] = node.dataset['shown'] === 'true' && label ? rect(label) : null;
      if (node.dataset['dimmed'] === undefined) focused.push(id);
    }
    return { frame: view ? rect(view) : { left: 0, top: 0, right: 0, bottom: 0 }, dots, places, labels, focused };
  });
}

/** For each shown label of `ids`, the share of it on the land of another of `ids`, in the map's projection. */
function foreignShares(g: Geometry, ids: readonly string[]): Record<string, number> {
  const drawn = Object.entries(g.places).flatMap(([id, p]) => {
    const lngLat = ANCHOR.get(id);
    return lngLat ? [{ lngLat, ...p }] : [];
  });
  const invert = fitMercator(drawn);
  const out: Record<string, number> = {};
  for (const id of ids) {
    const label = g.labels[id];
    if (!label || !ISO.has(id)) continue;
    const others = new Set(ids.flatMap((o) => (o !== id && ISO.has(o) ? [ISO.get(o) ?? ''] : [])));
    out[id] = shareOn(label, others, invert);
  }
  return out;
}

const distance = (p: { x: number; y: number }, b: { left: number; top: number; right: number; bottom: number }) =>
  Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));

for (const size of SIZES) {
  test.describe(`geography at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('each of the nine countries, selected, is framed with its partners, each label beside its own place', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const app = new StoryPage(page);
      await app.open();
      await app.waitForMap();
      for (const id of COUNTRIES) {
        await page.keyboard.press('Escape');
        await expect(app.panelTitle()).toContainText('What the article reports');
        // No wait for the map to settle here: with reduced motion the camera jumps, and the click
        // below waits for its target to hold still. The country's dot, or its marker at the frame's edge when it lies outside the view: whichever
        // is there when the click lands (the camera may still be settling back to the opening view).
        await page.locator(`.node[data-dot="${id}"] .node-dot`).or(page.locator(`.edge-marker[data-edge="${id}"]`)).first().click();
        // Away from the map: after the camera moves, another place's dot may be under the pointer.
        await page.mouse.move(0, 0);
        await expect(app.panelTitle()).toContainText(await page.locator(`.node[data-node="${id}"] .en`).innerText());
        await app.screenshot(`select-${id}-${size.width}x${size.height}`);
        const g = await geometry(page);
        expect(g.focused, id).toContain(id);
        for (const f of g.focused) {
          const d = g.dots[f];
          expect(d, `${id}: ${f} is off the map`).toBeDefined();
          if (!d) continue;
          expect(d.x >= g.frame.left && d.x <= g.frame.right && d.y >= g.frame.top && d.y <= g.frame.bottom, `${id}: ${f} on screen`).toBe(true);
          const label = g.labels[f];
          if (!label) continue;
          expect(distance(d, label), `${id}: ${f}'s label is beside its place`).toBeLessThanOrEqual(NEAR);
          for (const other of g.focused) {
            const o = g.dots[other];
            if (other !== f && o) expect(o.x > label.left && o.x < label.right && o.y > label.top && o.y < label.bottom, `${id}: ${f}'s label covers ${other}`).toBe(false);
          }
        }
        const shares = foreignShares(g, g.focused);
        console.log(id, size.width, JSON.stringify(shares));
        for (const [f, share] of Object.entries(shares)) expect(share, `${id}: ${f}'s label lies on another focused country`).toBeLessThanOrEqual(MAX_FOREIGN);
        // The selected country is always named.
        expect(g.labels[id], `${id} is labelled`).not.toBeNull();
      }
      app.expectClean();
    });
  });
}

for (const size of OPENING_SIZES) {
  test.describe(`the opening view at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('the opening view shows the region with no two dots overlapping, and the United States at the edge', async ({ page }) => {
      const app = new StoryPage(page);
      await app.open();
      await app.waitForMap();
      const g = await geometry(page);
      const ids = Object.keys(g.dots);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = g.dots[ids[i] ?? ''];
          const b = g.dots[ids[j] ?? ''];
          if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${ids[i]}/${ids[j]}`).toBeGreaterThanOrEqual(14);
        }
      }
      for (const id of ['ALB', 'IRN', 'ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP']) expect(g.dots[id], id).toBeDefined();
      await expect(page.locator('.edge-marker[data-edge="USA"]')).toBeVisible();
      await app.screenshot(`opening-${size.width}x${size.height}`);
      const shares = foreignShares(g, [...ISO.keys()]);
      console.log('opening', size.width, JSON.stringify(shares));
      for (const [id, share] of Object.entries(shares)) expect(share, `${id}'s label lies on another story country`).toBeLessThanOrEqual(MAX_FOREIGN);
      app.expectClean();
    });
  });
}
