import { expect, test } from '@playwright/test';
import { StoryPage } from './driver.ts';

const NINE = [
  ['ALB', 'البانیہ', 'Albania'],
  ['IRN', 'ایران', 'Iran'],
  ['USA', 'امریکہ', 'United States'],
  ['ISR', 'اسرائیل', 'Israel'],
  ['SAU', 'سعودی عرب', 'Saudi Arabia'],
  ['ARE', 'متحدہ عرب امارات', 'United Arab Emirates'],
  ['JOR', 'اردن', 'Jordan'],
  ['KWT', 'کویت', 'Kuwait'],
  ['CYP', 'قبرص', 'Cyprus'],
] as const;

test.describe('the map at 1280x800', () => {
  // The camera glides here, as for most readers: clicks wait for it to settle.
  test.use({ reducedMotion: 'no-preference' });

  test('loads offline and clean, draws a non-blank map, names the nine countries, selects by label and by dot', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    const gap = async () => {
      const a = await app.dot('ALB').boundingBox();
      const b = await app.dot('IRN').boundingBox();
      return Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0));
    };
    const region = await gap();

    // The WebGL canvas really has a drawn world: many distinct colours, not one flat fill.
    const { colours } = await app.mapPixels();
    // Drawn, it shows well over a hundred; the page behind a blank canvas, under ten.
    expect(colours).toBeGreaterThan(40);

    // The opening view is the region: eight countries drawn in place, each named beside its dot
    // where its label finds room off every other place's land (most do), its dot named for screen
    // readers where it does not; the United States, outside it, named by a marker at the edge.
    const box = await page.locator('.map-view').boundingBox();
    if (!box) throw new Error('no map');
    let named = 0;
    for (const [id, ur, en] of NINE) {
      const shown =
        id === 'USA' || (await page.locator(`.node[data-node="${id}"]`).getAttribute('data-shown')) === 'true';
      if (!shown) {
        await expect(app.dot(id), id).toBeVisible();
        await expect(app.dot(id)).toHaveAttribute('aria-label', new RegExp(`^${en} \\(${ur}\\)`, 'u'));
        continue;
      }
      named++;
      const label = id === 'USA' ? page.locator('.edge-marker[data-edge="USA"]') : app.label(id);
      await expect(label, id).toBeVisible();
      await expect(label.locator('[lang="ur"]')).toHaveText(ur);
      await expect(label.locator('[lang="ur"]')).toHaveAttribute('dir', 'rtl');
      await expect(label.locator('.en')).toHaveText(en);
      for (const el of id === 'USA' ? [label] : [label, app.dot(id)]) {
        const b = await el.boundingBox();
        expect(b, `${id} has a box`).not.toBeNull();
        if (!b) continue;
        expect(b.x, id).toBeGreaterThanOrEqual(box.x - 1);
        expect(b.y, id).toBeGreaterThanOrEqual(box.y - 1);
        expect(b.x + b.width, id).toBeLessThanOrEqual(box.x + box.width + 1);
        expect(b.y + b.height, id).toBeLessThanOrEqual(box.y + box.height + 1);
      }
    }
    expect(named, 'countries named in the opening view').toBeGreaterThanOrEqual(6);
    // Nastaliq is the font the Urdu is drawn in.
    const font = await app
      .label('ALB')
      .locator('[lang="ur"]')
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('Noto Nastaliq Urdu');
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Nastaliq Urdu"', 'البانیہ'))).toBe(true);

    expect(await app.overlappingLabels(), 'labels that overlap').toEqual([]);
    expect(await app.labelsOverControls(), "labels over the map's controls").toEqual([]);
    await app.screenshot('map-1280x800');

    // Each drawn relation's kind mark (DOM, over the canvas) lies on its arc, turned the way the arc
    // runs: the canvas shows the mark's colour along it, not across it.
    const { marked, onArc } = await app.markedRelations();
    expect(marked, 'relations with a kind mark').toEqual(onArc);
    expect(marked.length).toBeGreaterThan(15);
    for (const m of await app.arcMarksOnArcs())
      expect(
        m.along >= 2 && m.along > m.across,
        `${m.id}'s mark: ${m.along} of 6 along its arc, ${m.across} across`,
      ).toBe(true);

    // Each of the nine can be selected from the opening view by its dot or marker (geography.spec.ts,
    // at this size and on a phone); here by its label (the United States by its edge marker) and its
    // names in the panel, for a few, and tiny ones by their dot as well.
    for (const [id, ur, en] of NINE.filter(([id]) => ['ALB', 'IRN', 'USA', 'CYP'].includes(id))) {
      await page.keyboard.press('Escape');
      // The camera goes back to the opening view first: a label is clicked where it then stands.
      await app.waitForMap();
      await (id === 'USA' ? page.locator('.edge-marker[data-edge="USA"]') : app.label(id)).click();
      await expect(app.panel().locator('#panel-title')).toContainText(en);
      await expect(app.panel().locator('#panel-title [lang="ur"]')).toHaveText(ur);
    }
    for (const id of ['ALB', 'CYP', 'KWT']) {
      await page.keyboard.press('Escape');
      await app.waitForMap();
      await app.dot(id).click();
      await expect(app.panel().locator('[data-entity]').first()).toHaveAttribute('data-entity', id);
    }
    await page.mouse.move(0, 0);
    await app.screenshot('map-1280x800-kuwait-selected');
    // "Whole story" shows the world, the United States included; "Reset view" goes back to the
    // opening view (the distance between two dots, as the page first showed them).
    await page.keyboard.press('Escape');
    await app.waitForMap();
    await page.getByRole('button', { name: 'Whole story' }).click();
    await expect(app.dot('USA')).toBeVisible();
    await expect(page.locator('.edge-marker[data-edge="USA"]')).toHaveCount(0);
    await app.screenshot('map-1280x800-whole-story');
    // The marks follow the camera: on their arcs in this view too, the Atlantic crossings included. At
    // this scale the short arcs run under the dots and each other, so most marks, not each, find
    // their own colour along them; none finds more of it across.
    await app.waitForMap();
    const world = await app.markedRelations();
    expect(world.marked).toEqual(world.onArc);
    const onWorld = await app.arcMarksOnArcs();
    expect(
      onWorld.filter((m) => m.across > m.along).map((m) => m.id),
      'marks turned across their arcs',
    ).toEqual([]);
    expect(onWorld.filter((m) => m.along >= 2).length, 'marks on their arcs').toBeGreaterThanOrEqual(
      Math.ceil(onWorld.length * 0.7),
    );
    await page.getByRole('button', { name: 'Reset view' }).click();
    await app.waitForMap();
    await expect.poll(gap).toBeGreaterThan(region * 0.95);
    expect(await gap()).toBeLessThan(region * 1.05);
    await expect(page.locator('.edge-marker[data-edge="USA"]')).toBeVisible();
    // A wheel turned over a label zooms the map as it would over the canvas.
    const before = await app.dot('ALB').boundingBox();
    await app.label('IRN').hover();
    // Turned again on each look: a turn that lands while the previous camera move settles is dropped
    // by MapLibre, over the canvas as over a label.
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, -300);
        const after = await app.dot('ALB').boundingBox();
        return Math.hypot((after?.x ?? 0) - (before?.x ?? 0), (after?.y ?? 0) - (before?.y ?? 0));
      })
      .toBeGreaterThan(20);
    app.expectClean();
  });

  test('the country shapes are downloaded once: the page takes over their preload, MapLibre’s worker finds them in the HTTP cache', async ({
    page,
  }) => {
    // No routing here (Playwright's routing turns the HTTP cache off): the page as a reader loads it.
    // The server says no-cache, so the worker's request is a revalidation, answered with no body.
    const bodies: number[] = [];
    page.context().on('requestfinished', (request) => {
      if (/\/assets\/world-[\w-]+\.json$/u.test(request.url()))
        void request.sizes().then((sizes) => bodies.push(sizes.responseBodySize));
    });
    await page.goto('./');
    await expect(page.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
    await expect.poll(() => bodies.length).toBeGreaterThan(1);
    expect(
      bodies.filter((bytes) => bytes > 0),
      'downloads of the country shapes',
    ).toHaveLength(1);
  });

  test('the map counts as first drawn (the mark the bench reads) only once its labels are placed', async ({ page }) => {
    // The labels are placed a frame after the map is drawn (NodeLabels measures them after a paint):
    // the mark must wait for them, or the bench would time a map without its names.
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === 'usm:map-idle') {
          const seen = {
            placed: document.querySelector('.node-labels[data-placed]') !== null,
            shown: document.querySelectorAll('.node[data-shown="true"]').length,
          };
          (window as unknown as { atMapIdle: typeof seen }).atMapIdle = seen;
        }
        return mark(name, options);
      };
    });
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    await page.waitForFunction(() => 'atMapIdle' in window);
    const seen = await page.evaluate(
      () => (window as unknown as { atMapIdle: { placed: boolean; shown: number } }).atMapIdle,
    );
    expect(seen.placed).toBe(true);
    expect(seen.shown).toBeGreaterThan(4);
  });

  test('hovering a country shape shows its tooltip, and clicking it selects it', async ({ page }) => {
    const app = new StoryPage(page);
    // With every relation kind filtered out no arc lies over Iran (at world zoom arcs cover it).
    await app.open('filter=');
    await app.waitForMap();
    // Find bare canvas inside Iran: candidate points around its dot, kept where nothing DOM covers
    // the canvas, tried until the tooltip names Iran (arcs and neighbours have tooltips of their own).
    const candidates = await page.evaluate(() => {
      const r = document.querySelector('.node[data-dot="IRN"] .node-dot')?.getBoundingClientRect();
      if (!r) return [];
      const out: { x: number; y: number }[] = [];
      for (let dy = -24; dy <= 24; dy += 6) {
        for (let dx = -24; dx <= 24; dx += 6) {
          const p = { x: r.x + r.width / 2 + dx, y: r.y + r.height / 2 + dy };
          if (document.elementFromPoint(p.x, p.y)?.classList.contains('maplibregl-canvas')) out.push(p);
        }
      }
      return out;
    });
    const tooltip = page.getByRole('tooltip');
    let found: { x: number; y: number } | undefined;
    for (const p of candidates) {
      await page.mouse.move(p.x, p.y);
      const text = (await tooltip.count()) > 0 ? await tooltip.innerText() : '';
      if (text.startsWith('Iran\n')) {
        found = p;
        break;
      }
    }
    if (!found) throw new Error(`no bare point of Iran among ${candidates.length} candidates`);
    await expect(tooltip).toContainText('ایران');
    await expect(tooltip).toContainText('Accused');
    await page.mouse.click(found.x, found.y);
    await expect(app.panel().locator('#panel-title')).toContainText('Iran');
    app.expectClean();
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows the region in frame at 390x844, the United States by its edge marker, and a tap leaves no tooltip', async ({
    page,
  }) => {
    const app = new StoryPage(page);
    await app.open();
    await app.waitForMap();
    const box = await page.locator('.map-view').boundingBox();
    if (!box) throw new Error('no map');
    for (const [id] of NINE) {
      const b = await (id === 'USA' ? page.locator('.edge-marker[data-edge="USA"]') : app.dot(id)).boundingBox();
      expect(b, id).not.toBeNull();
      if (!b) continue;
      expect(b.x, id).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.x + b.width, id).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    expect(await app.overlappingLabels(), 'labels that overlap').toEqual([]);
    expect(await app.labelsOverControls(), "labels over the map's controls").toEqual([]);
    await app.screenshot('map-390x844');
    await app.dot('ALB').tap();
    await expect(app.panel().locator('#panel-title')).toContainText('Albania');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await app.panel().scrollIntoViewIfNeeded();
    await app.screenshot('phone-albania-selected');
    app.expectClean();
  });
});
