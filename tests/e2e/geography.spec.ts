import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { StoryPage } from './driver.ts';
import { countriesUnder, fitMercator, outlineRings } from './landCheck.ts';

// The promises of a geography tool, checked through what the map itself draws: each dot sits where
// the map projects its place, so a Web Mercator fitted to the dots tells where everything else lies,
// and the test's own Natural Earth shapes (d3's spherical test) say whose land is under a label.
const COUNTRIES = ['ALB', 'IRN', 'USA', 'ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'];
// A reader's phone (small and large), a publisher's frame, a laptop and a classroom's screen.
const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
// A label's box is read every this many px along its edges (and every outline point inside it).
const STEP = 3;

const story = JSON.parse(readFileSync('stories/albania-iran-cyberattack/story.json', 'utf8')) as {
  entities: { id: string; anchor?: [number, number]; isoNumeric?: string }[];
};
const ANCHOR = new Map(story.entities.flatMap((e) => (e.anchor ? [[e.id, e.anchor] as const] : [])));
const ISO = new Map(story.entities.flatMap((e) => (e.isoNumeric ? [[e.id, e.isoNumeric] as const] : [])));

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface Geometry {
  readonly frame: Rect;
  /** Each dot as drawn (nudged aside where it would cover another). */
  readonly dots: Record<string, { x: number; y: number }>;
  /** Where each place truly is: its dot, or the end of the leader from a dot nudged aside. */
  readonly places: Record<string, { x: number; y: number }>;
  readonly labels: Record<string, Rect | null>;
  /** The line from a dot to its label, where the label stands away from it. */
  readonly callouts: Record<string, { x1: number; y1: number; x2: number; y2: number }>;
  readonly focused: string[];
  /** The map's controls and the markers at its edge: what the framed places keep clear of. */
  readonly controls: Rect[];
  readonly edgeMarkers: string[];
}

/** Where every dot, shown label and control is, and which places are in focus (not dimmed). */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const view = document.querySelector('.map-view');
    const dots: Record<string, { x: number; y: number }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('.node[data-dot] .node-dot'))
      dots[el.closest<HTMLElement>('.node')?.dataset['dot'] ?? '?'] = centre(el);
    const places: Record<string, { x: number; y: number }> = { ...dots };
    for (const g of document.querySelectorAll<SVGGElement>('.leaders g[data-leader]')) {
      const c = g.querySelector('circle');
      if (c) places[g.dataset['leader'] ?? '?'] = centre(c);
    }
    const labels: Record<string, { left: number; top: number; right: number; bottom: number } | null> = {};
    const focused: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('.node[data-node]')) {
      const id = node.dataset['node'] ?? '?';
      const label = node.querySelector('.node-label');
      labels[id] = node.dataset['shown'] === 'true' && label ? rect(label) : null;
      if (node.dataset['dimmed'] === undefined) focused.push(id);
    }
    const controls = [
      ...document.querySelectorAll(
        '.map-view .maplibregl-ctrl-top-left .maplibregl-ctrl, .map-view .maplibregl-ctrl-bottom-right .maplibregl-ctrl, .map-views, .edge-marker',
      ),
    ]
      .map(rect)
      .filter((r) => r.right > r.left);
    return {
      frame: view ? rect(view) : { left: 0, top: 0, right: 0, bottom: 0 },
      dots,
      places,
      labels,
      callouts: Object.fromEntries(
        [...document.querySelectorAll<SVGLineElement>('.leaders line[data-callout]')].map((l) => {
          const svg = l.ownerSVGElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
          const n = (a: string) => Number(l.getAttribute(a));
          return [
            l.dataset['callout'] ?? '?',
            { x1: n('x1') + svg.left, y1: n('y1') + svg.top, x2: n('x2') + svg.left, y2: n('y2') + svg.top },
          ];
        }),
      ),
      focused,
      controls,
      edgeMarkers: [...document.querySelectorAll<HTMLElement>('.edge-marker')].map((m) => m.dataset['edge'] ?? '?'),
    };
  });
}

/** Distance (px) from a point to a segment. */
function toSegment(p: { x: number; y: number }, l: { x1: number; y1: number; x2: number; y2: number }): number {
  const [dx, dy] = [l.x2 - l.x1, l.y2 - l.y1];
  const t = Math.max(0, Math.min(1, ((p.x - l.x1) * dx + (p.y - l.y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(l.x1 + t * dx - p.x, l.y1 + t * dy - p.y);
}

const distance = (p: { x: number; y: number }, b: Rect) =>
  Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));

/** Every problem of the map as drawn: a label over another place's land or nearer another place's
 * dot than its own, a place of the selection not framed whole and clear of the controls, a partner
 * without its name. */
function problems(g: Geometry, selected: string | null): string[] {
  const out: string[] = [];
  const drawn = Object.entries(g.places).flatMap(([id, p]) => {
    const lngLat = ANCHOR.get(id);
    return lngLat ? [{ lngLat, ...p }] : [];
  });
  const mercator = fitMercator(drawn);
  // 1. No label lies over another place's land (an actor's over none), read every few px of its box.
  for (const [id, label] of Object.entries(g.labels)) {
    if (!label) continue;
    const others = new Set([...ISO.values()].filter((iso) => iso !== ISO.get(id)));
    const seen = countriesUnder(label, others, mercator, STEP);
    if (seen.size > 0) out.push(`${id}'s label lies over ${[...seen].join(', ')}`);
    // Its own dot is the nearest to it: a label beyond a neighbour's dot reads as the neighbour's.
    // A label on a line to its dot is tied by the line, which passes no other dot.
    const mine = g.dots[id];
    const line = g.callouts[id];
    if (mine && line) {
      if (Math.hypot(line.x1 - mine.x, line.y1 - mine.y) > 9 || distance({ x: line.x2, y: line.y2 }, label) > 1)
        out.push(`${id}'s line does not join its dot to its label`);
      for (const [other, dot] of Object.entries(g.dots))
        if (other !== id && toSegment(dot, line) < 8) out.push(`${id}'s line passes ${other}'s dot`);
    } else if (mine) {
      const d = distance(mine, label);
      for (const [other, dot] of Object.entries(g.dots))
        if (other !== id && distance(dot, label) <= d) out.push(`${id}'s label is as near ${other}'s dot as its own`);
      if (d > 24) out.push(`${id}'s label is ${d.toFixed(0)} px from its dot with no line to it`);
    }
  }
  if (selected === null) return out;
  // 2. The selected place and its partners are on the map and named, unless named at the frame's edge.
  if (g.edgeMarkers.includes(selected)) out.push(`${selected}, the selection, is off the frame`);
  for (const id of g.focused) {
    if (g.edgeMarkers.includes(id)) continue;
    if (!g.dots[id]) out.push(`${id} is neither on the map nor named at its edge`);
    else if (!g.labels[id]) out.push(`${id} is focused but has no label`);
  }
  // 3. Each framed country of the selection lies whole in the map's free area, clear of the controls.
  for (const id of g.focused) {
    const iso = ISO.get(id);
    const anchor = ANCHOR.get(id);
    if (!iso || !anchor || g.edgeMarkers.includes(id)) continue;
    let outside = 0;
    let covered = 0;
    let points = 0;
    for (const ring of outlineRings(iso, anchor)) {
      for (const [lng = 0, lat = 0] of ring) {
        const [x, y] = mercator.forward(lng, lat);
        points++;
        if (x < g.frame.left - 1 || x > g.frame.right + 1 || y < g.frame.top - 1 || y > g.frame.bottom + 1) outside++;
        else if (g.controls.some((c) => x > c.left + 1 && x < c.right - 1 && y > c.top + 1 && y < c.bottom - 1))
          covered++;
      }
    }
    if (outside > 0) out.push(`${id}: ${outside} of ${points} points of its outline are off the map`);
    if (covered > 0) out.push(`${id}: ${covered} of ${points} points of its outline are under a control`);
  }
  return out;
}

for (const size of SIZES) {
  test.describe(`geography at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('the opening view, then each of the nine countries selected: framed whole, every label on its own land or the sea', async ({
      page,
    }) => {
      const app = new StoryPage(page);
      await app.open();
      await app.waitForMap();
      const found: string[] = [];
      const opening = await geometry(page);
      await app.screenshot(`opening-${size.width}x${size.height}`);
      found.push(...problems(opening, null).map((p) => `opening: ${p}`));
      for (const id of ['ALB', 'IRN', 'ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP'])
        if (!opening.dots[id]) found.push(`opening: ${id} has no dot`);
      await expect(page.locator('.edge-marker[data-edge="USA"]')).toBeVisible();
      for (const id of COUNTRIES) {
        // From the last selection straight to the next, as a reader does: the country's dot, or its
        // marker at the frame's edge when it lies outside the view; back to the overview first where
        // the last selection's frame shows neither (Israel from the United States).
        const target = page
          .locator(`.node[data-dot="${id}"] .node-dot`)
          .or(page.locator(`.edge-marker[data-edge="${id}"]`))
          .first();
        if ((await target.count()) === 0) {
          await page.keyboard.press('Escape');
          await expect(app.panelTitle()).toContainText('What the article reports');
        }
        await target.click();
        // Away from the map: after the camera moves, another place's dot may be under the pointer.
        await page.mouse.move(0, 0);
        await expect(app.panelTitle()).toContainText(await page.locator(`.node[data-node="${id}"] .en`).innerText());
        await app.screenshot(`select-${id}-${size.width}x${size.height}`);
        found.push(...problems(await geometry(page), id).map((p) => `${id}: ${p}`));
      }
      expect(found).toEqual([]);
      app.expectClean();
    });
  });
}
