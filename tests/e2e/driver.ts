import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { ORIGIN } from './origin.ts';
import { readPictures } from './picture.ts';

/** What a page load recorded: console errors, page errors, requests to other origins, and what the
 * page's Content-Security-Policy refused. */
/** Whether this run keeps pictures for a person to look at (`SCREENSHOTS=1`): none is compared by a
 * test, so a run that nobody will look at takes none (see docs/testing.md). */
export const REVIEW_SHOTS = process.env['SCREENSHOTS'] === '1';

/** Saves a picture of the page as `test-results/screenshots/<name>.png`, for review only. */
export async function reviewShot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<void> {
  if (!REVIEW_SHOTS) return;
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, ...(clip ? { clip } : {}) });
}

export interface PageWatch {
  readonly errors: string[];
  readonly foreignRequests: string[];
  readonly cspViolations: string[];
}

let cspBindings = 0;

/**
 * Records, into `into`, every Content-Security-Policy violation in the page and its frames, as the
 * browser reports it (the `securitypolicyviolation` event, passed to the test the moment it fires,
 * so nothing is lost to a navigation). Chromium also logs each one as a console error. Call before
 * the page loads.
 */
export async function recordCspViolations(page: Page, into: string[]): Promise<void> {
  cspBindings += 1;
  const binding = `__cspViolation${cspBindings}`;
  await page.exposeBinding(binding, ({ frame }, line: string) => {
    into.push(`${line} [${frame.url()}]`);
  });
  await page.addInitScript((name) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, ((line: string) => void) | undefined>)[name];
        report?.(
          `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`.trim(),
        );
      },
      true,
    );
  }, binding);
}

/**
 * A small driver over the app's page: load it with every foreign request blocked and counted,
 * every console error and Content-Security-Policy violation recorded, and wait for the map to be
 * really drawn (not a fixed sleep).
 */
export class StoryPage {
  readonly watch: PageWatch = { errors: [], foreignRequests: [], cspViolations: [] };

  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    const { page, watch } = this;
    const origin = ORIGIN;
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      // Our own files go on to any route the test set up before opening the page (one that serves a
      // damaged file, say), else to the server.
      if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.fallback();
      watch.foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.errors.push(msg.text());
      // A preload the page cannot use (fetched in another credentials mode than the request that
      // needs it) means the file is downloaded twice.
      else if (msg.type() === 'warning' && /preload .* is not used because/u.test(msg.text()))
        watch.errors.push(msg.text());
    });
    page.on('pageerror', (err) => watch.errors.push(err.message));
    await recordCspViolations(page, watch.cspViolations);
    // Our own files must all arrive: any error status is a failure. A request the browser itself
    // cancels (ERR_ABORTED: the favicon during a reload) is not the app's doing.
    page.on('requestfailed', (req: Request) => {
      const why = req.failure()?.errorText ?? '';
      if (new URL(req.url()).origin === origin && !why.includes('ERR_ABORTED'))
        watch.errors.push(`request failed: ${req.url()} (${why})`);
    });
    page.on('response', (res) => {
      if (new URL(res.url()).origin === origin && res.status() >= 400)
        watch.errors.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    await page.goto(query ? `./?${query}` : './');
  }

  /** Waits for MapLibre's `idle` after the country shapes are in (or the static fallback). */
  async waitForMap(state: 'idle' | 'fallback' = 'idle'): Promise<void> {
    // The map follows a choice one render after the panel (App's deferred map input): first it has to
    // catch up, then to be drawn, and its first labels are placed a frame after that (see NodeLabels).
    // Asked every 50 ms, not with expect's back-off (100, 250, 500, 1000 ms): a map drawn in 1.1 s is
    // seen then, not at 1.85 s, and the suite waits for the map some seventy times.
    const where = () =>
      this.page.evaluate(() => ({
        pending: document.querySelector('.map-area[data-map-pending]') !== null,
        state: document.querySelector('.map-view')?.getAttribute('data-map-state'),
        placed: document.querySelector('.node-labels')?.getAttribute('data-placed'),
      }));
    try {
      await this.page.waitForFunction(
        (wanted) =>
          document.querySelector('.map-area[data-map-pending]') === null &&
          document.querySelector('.map-view')?.getAttribute('data-map-state') === wanted &&
          document.querySelector('.node-labels')?.getAttribute('data-placed') === 'true',
        state,
        { polling: 50, timeout: 45_000 },
      );
    } catch (e) {
      throw new Error(
        `the map was not ${state} with its labels placed: ${JSON.stringify(await where().catch(() => null))}`,
        { cause: e },
      );
    }
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  label(countryId: string) {
    return this.page.locator(`.node[data-node="${countryId}"] .node-label`);
  }

  dot(countryId: string) {
    return this.page.locator(`.node[data-dot="${countryId}"] .node-dot`);
  }

  panel() {
    return this.page.getByTestId('side-panel');
  }

  panelTitle() {
    return this.panel().locator('#panel-title');
  }

  /** The keyboard handle of a drawn relation (invisible until focused; the arc's own target). */
  edge(relationId: string) {
    return this.page.locator(`.edge-handle[data-relation="${relationId}"]`);
  }

  /** The panel's summary lines (one per relation, in order), each a button selecting its relation. */
  summaryLines() {
    return this.panel().locator('.summary-line');
  }

  /** A sentence quoted in the panel with the relations it evidences listed under it. */
  evidenceItem(passageId: string) {
    return this.panel().locator(`.evidence-item[data-sentence="${passageId}"]`);
  }

  /** A sentence of the article in the reader. */
  readerSentence(passageId: string) {
    return this.panel().locator(`.article-text .sentence[data-passage="${passageId}"]`);
  }

  /** The reader's "n of m" among the selection's sentences. */
  readingCount() {
    return this.panel().locator('.reading-bar .reading-count');
  }

  /** The blocks of the open panel view, in order ("summary", "evidence", "more"). */
  async panelBlocks(): Promise<string[]> {
    return this.panel()
      .locator('.panel-body [data-block]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-block') ?? ''));
  }

  /** How many times each passage is quoted in the panel (folded quotes included). */
  async quoteCounts(): Promise<Map<string, number>> {
    // Lists of sentences are drawn after the frame that paints the panel's title and summary
    // (SentenceList): wait until there is one and none is still empty.
    await this.page.waitForFunction(
      () =>
        document.querySelector('#panel ol.quotes') !== null &&
        document.querySelector('#panel ol.quotes:empty') === null,
    );
    const ids = await this.panel()
      .locator('.quote[data-passage]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-passage') ?? ''));
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  legendKind(kind: string) {
    return this.page.locator(`.legend li[data-kind="${kind}"]`);
  }

  /** The query string as the page shows it, once the app has mirrored its state there: it does so in
   * a task after the commit (see App), so this reads it after a frame and a task, queued after any
   * mirror that a change made before this call asked for. */
  async rawSearch(): Promise<string> {
    return this.page.evaluate(
      () => new Promise<string>((done) => requestAnimationFrame(() => setTimeout(() => done(window.location.search)))),
    );
  }

  /** The query string the page shows now (see rawSearch), parsed. */
  async search(): Promise<URLSearchParams> {
    return new URLSearchParams(await this.rawSearch());
  }

  /** Every quote in the panel must be its passage's exact text (compared with the open data). */
  async expectQuotesVerbatim(): Promise<number> {
    return this.page.evaluate(async () => {
      // The story's own open data, wherever its package publishes it (data/ or data/<slug>/).
      const href =
        document
          .querySelector<HTMLAnchorElement>('[data-testid="side-panel"] .panel-footer a[href$="story.json"]')
          ?.getAttribute('href') ?? 'data/story.json';
      const res = await fetch(href);
      const data = (await res.json()) as { passages: { id: string; text: string }[] };
      const byId = new Map(data.passages.map((p) => [p.id, p.text]));
      const quotes = [...document.querySelectorAll<HTMLElement>('[data-testid="side-panel"] .quote')];
      for (const q of quotes) {
        const id = q.dataset['passage'] ?? '';
        const shown = q.querySelector('blockquote')?.textContent ?? '';
        if (byId.get(id) !== shown) throw new Error(`quote ${id} is not verbatim: ${shown}`);
        const bq = q.querySelector('blockquote');
        if (bq?.getAttribute('lang') !== 'ur' || bq.getAttribute('dir') !== 'rtl')
          throw new Error(`quote ${id} is not marked lang=ur dir=rtl`);
      }
      return quotes.length;
    });
  }

  /** Pairs of map labels whose boxes overlap (by more than a pixel); the layout promises none. */
  async overlappingLabels(): Promise<string[]> {
    return this.page.evaluate(() => {
      // Labels with no room are laid out unseen (data-shown="false"): only the shown ones count.
      const boxes = [...document.querySelectorAll<HTMLElement>('.node[data-shown="true"] .node-label')].map((el) => ({
        id: el.closest<HTMLElement>('.node')?.dataset['node'] ?? '?',
        r: el.getBoundingClientRect(),
      }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (!a || !b) continue;
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 1 && h > 1) out.push(`${a.id}/${b.id}`);
        }
      }
      return out;
    });
  }

  /** Shown labels that cover one of the map's controls (zoom, views, attribution, edge markers). */
  async labelsOverControls(): Promise<string[]> {
    return this.page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('.maplibregl-ctrl, .map-views, .edge-marker')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.node[data-shown="true"] .node-label')) {
        const r = el.getBoundingClientRect();
        const over = controls.some(
          (c) =>
            Math.min(r.right, c.right) - Math.max(r.left, c.left) > 1 &&
            Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 1,
        );
        if (over) out.push(el.closest<HTMLElement>('.node')?.dataset['node'] ?? '?');
      }
      return out;
    });
  }

  /** Waits for the map to be drawn, then keeps a picture for review (see reviewShot). The wait is
   * kept in a run without pictures: a test's next step may count on the map being idle. */
  async screenshot(name: string): Promise<void> {
    // A change of view is drawn on the next frames: wait for the map to be idle again, so the
    // picture shows what the page shows (the static fallback has nothing to wait for).
    const state = await this.page.locator('.map-view').getAttribute('data-map-state');
    if (state !== 'fallback') await this.waitForMap();
    await reviewShot(this.page, name);
  }

  /**
   * What the map's canvas shows on screen: the map's area of a screenshot, shrunk to 64 × 64 and
   * read back in the page; its distinct colours (to 4 bits a channel) and mean luminance (0–1). Read
   * from the screen, not from the WebGL canvas, whose drawing buffer is not kept between frames.
   */
  async mapPixels(): Promise<{ colours: number; luminance: number }> {
    const box = await this.page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    // Only the canvas, so a blank map cannot pass for a drawn one.
    const data = await this.pixels(await this.canvasShot(box), 64, 64);
    const seen = new Set<number>();
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      seen.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
      sum += (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }
    return { colours: seen.size, luminance: sum / (data.length / 4) };
  }

  /**
   * How much of each side of `target`'s focus ring is on screen (0 to 1): a strip 3 to 4 px beyond
   * each side (inside the ring, drawn 2 to 5 px out) is read from the screen and its pixels compared
   * with the ring's colour. Containment or overflow on an ancestor clips a side to 0.
   */
  async focusRingSides(target: Locator): Promise<Record<'left' | 'right' | 'top' | 'bottom', number>> {
    const box = await target.boundingBox();
    if (!box) throw new Error('the focused element is not on screen');
    const ring = await target.evaluate(
      (el) => getComputedStyle(el).outlineColor.match(/\d+/g)?.slice(0, 3).map(Number) ?? [],
    );
    const strips = {
      left: { x: box.x - 4, y: box.y + 4, width: 1, height: box.height - 8 },
      right: { x: box.x + box.width + 3, y: box.y + 4, width: 1, height: box.height - 8 },
      top: { x: box.x + 4, y: box.y - 4, width: box.width - 8, height: 1 },
      bottom: { x: box.x + 4, y: box.y + box.height + 3, width: box.width - 8, height: 1 },
    };
    const sides = { left: 0, right: 0, top: 0, bottom: 0 };
    for (const side of Object.keys(strips) as (keyof typeof strips)[]) {
      const clip = strips[side];
      const data = await this.pixels(
        await this.page.screenshot({ clip }),
        Math.round(clip.width),
        Math.round(clip.height),
      );
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ([0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (ring[c] ?? -99)) <= 24)) matching++;
      }
      sides[side] = matching / (data.length / 4);
    }
    return sides;
  }

  /** The relations with a kind mark on the map, and those with a handle on their arc (not held at
   * the frame's edge), each in the page's order: every one of the latter should have the former. */
  async markedRelations(): Promise<{ marked: string[]; onArc: string[] }> {
    const ids = (selector: string) =>
      this.page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-relation') ?? ''));
    return { marked: await ids('.arc-marks .arc-mark'), onArc: await ids('.edge-handle:not([data-held])') };
  }

  /**
   * Where each arc's kind mark sits against the arcs the canvas draws: the map is shot with every
   * overlay hidden, then read at points 6, 9 and 12 px before and after each mark's centre along the
   * way it points (`along`) and across it (`across`), counting those in the mark's own colour (an
   * arc's line there). A mark on its arc and turned with it finds its colour along, not across.
   */
  async arcMarksOnArcs(): Promise<{ id: string; along: number; across: number }[]> {
    const box = await this.page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const marks = await this.page.locator('.arc-marks path.arc-mark').evaluateAll((paths) =>
      paths.map((path) => {
        const m = /translate\((-?[\d.]+) (-?[\d.]+)\) rotate\((-?[\d.]+)\)/u.exec(path.getAttribute('transform') ?? '');
        const svg = path.closest('svg')?.getBoundingClientRect();
        return {
          id: path.getAttribute('data-relation') ?? '',
          x: Number(m?.[1]) + (svg?.left ?? 0),
          y: Number(m?.[2]) + (svg?.top ?? 0),
          heading: Number(m?.[3]),
          colour: getComputedStyle(path).fill.match(/\d+/g)?.slice(0, 3).map(Number) ?? [],
        };
      }),
    );
    // The sample points of each mark, 6 along then 6 across; read back from one shot of the canvas.
    const offsets = [-12, -9, -6, 6, 9, 12];
    const points = marks.flatMap(({ x, y, heading }) =>
      [0, 90].flatMap((turn) => {
        const a = ((heading + turn) * Math.PI) / 180;
        return offsets.map((d) => ({
          x: Math.round(x + d * Math.cos(a) - box.x),
          y: Math.round(y + d * Math.sin(a) - box.y),
        }));
      }),
    );
    const seen = await this.pixelsAt(await this.canvasShot(box), points);
    const like = (rgb: readonly number[] | null, colour: readonly number[]) =>
      rgb !== null && [0, 1, 2].every((c) => Math.abs((rgb[c] ?? 0) - (colour[c] ?? -99)) <= 48);
    return marks.map(({ id, colour }, i) => {
      const at = seen.slice(i * 2 * offsets.length, (i + 1) * 2 * offsets.length);
      const count = (part: readonly (readonly number[] | null)[]) => part.filter((rgb) => like(rgb, colour)).length;
      return { id, along: count(at.slice(0, offsets.length)), across: count(at.slice(offsets.length)) };
    });
  }

  /** A shot of `box` showing the map's canvas alone: the DOM labels, marks and controls over it are
   * hidden for it (a child made visible again shows inside hidden ancestors). Set through the CSSOM:
   * the page's Content-Security-Policy refuses Playwright's injected style. */
  private async canvasShot(box: { x: number; y: number; width: number; height: number }): Promise<Buffer> {
    const only = (on: boolean) =>
      this.page.evaluate((hide) => {
        document.body.style.visibility = hide ? 'hidden' : '';
        const canvas = document.querySelector<HTMLElement>('.maplibregl-canvas');
        if (canvas) canvas.style.visibility = hide ? 'visible' : '';
      }, on);
    await only(true);
    try {
      return await this.page.screenshot({ clip: box });
    } finally {
      await only(false);
    }
  }

  /** The colours (RGB) of a screenshot at `points` (px from its top left corner); null off it. */
  private async pixelsAt(png: Buffer, points: readonly { x: number; y: number }[]): Promise<(number[] | null)[]> {
    const read = await readPictures(this.page, [png], { kind: 'points', points });
    if (!('rgb' in read)) throw new Error('colours at points expected');
    return read.rgb;
  }

  /** A screenshot's pixels (RGBA), scaled to `width` x `height`. */
  private async pixels(png: Buffer, width: number, height: number): Promise<number[]> {
    const read = await readPictures(this.page, [png], { kind: 'scaled', width, height });
    if (!('rgba' in read)) throw new Error('pixels expected');
    return read.rgba;
  }

  expectClean(): void {
    expect(this.watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(this.watch.errors, 'console and page errors').toEqual([]);
    expect(this.watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  }
}
