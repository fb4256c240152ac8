import type { Browser, Page } from '@playwright/test';
import { PERF } from '../src/lib/perfMarks.ts';
import type { Transfer } from './byteClass.ts';
import type { ClickOutcome } from './interactionLatency.ts';
import { mergeTransfers } from './mergeTransfers.ts';
import { freshPage, type BenchBuffer } from './pageWatch.ts';
import type { LoadRun, PageName } from './runRecord.ts';
import type { StaticServer } from './staticServer.ts';

/** After map idle, how long the bench waits before counting what was loaded ("by map idle" plus late stragglers). */
export const QUIET_MS = 300;

/** How long a page may take to draw its map before the run counts as failed (software WebGL is slow). */
export const IDLE_TIMEOUT_MS = 90_000;

/** Resolves when the page has marked map idle: event-driven, so the wait adds no polling to the page. */
export async function waitForMapIdle(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ${PERF.mapIdle} mark within ${IDLE_TIMEOUT_MS / 1000} s`)),
      IDLE_TIMEOUT_MS,
    );
  });
  const marked = page.evaluate(
    (name) =>
      new Promise<void>((resolve) => {
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName(name, 'mark').length === 0) return;
          observer.disconnect();
          resolve();
        }).observe({ type: 'mark', buffered: true });
      }),
    PERF.mapIdle,
  );
  try {
    await Promise.race([marked, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What the page's own timeline says, read `quiet` ms after map idle. */
interface PageTimings {
  readonly mapIdle: number | null;
  readonly fcp: number | null;
  readonly textPaint: number | null;
  readonly textPaintFrom: 'element timing' | 'mark' | null;
  readonly transfers: Transfer[];
  readonly longTasks: { startTime: number; duration: number }[];
}

/** Reads the timeline in the page (self-contained: serialised into the page). */
function readTimings({
  quiet,
  mapIdle,
  storyText,
}: {
  quiet: number;
  mapIdle: string;
  storyText: string;
}): Promise<PageTimings> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const buffer = (window as unknown as { __bench: BenchBuffer }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      // Element Timing gives renderTime for text (loadTime is the fallback the spec offers); a page
      // whose element reports nothing may mark the frame that paints the text under the same name.
      const element = buffer.elements.find((e) => e.identifier === storyText);
      const elementTime = element ? element.renderTime || element.loadTime || null : null;
      const markTime = performance.getEntriesByName(storyText, 'mark')[0]?.startTime ?? null;
      resolve({
        mapIdle: performance.getEntriesByName(mapIdle, 'mark')[0]?.startTime ?? null,
        fcp: performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? null,
        textPaint: elementTime ?? markTime,
        textPaintFrom: elementTime !== null ? 'element timing' : markTime !== null ? 'mark' : null,
        // encodedBodySize: the body as it crossed the wire (gzip where the server compressed it).
        transfers: [...(nav ? [nav] : []), ...resources].map((e) => ({ url: e.name, bytes: e.encodedBodySize })),
        longTasks: [...buffer.longTasks],
      });
    }, quiet);
  });
}

/** The app-only extra a load may measure once the map is idle (the click on Albania). */
export type AfterIdle = (page: Page) => Promise<ClickOutcome>;

/** What else a load does once measured. */
export interface LoadExtras {
  readonly afterIdle?: AfterIdle;
  /** Saves a picture of the page at the end (after `afterIdle`), to see what was measured. */
  readonly screenshot?: string;
}

/**
 * One cold load of `url` in a fresh context: waits for map idle, then `QUIET_MS`, reads the timeline
 * and what the server sent meanwhile, then runs `afterIdle` (the app's click) if given.
 */
export async function measureLoad(
  browser: Browser,
  name: PageName,
  server: StaticServer,
  path: string,
  extras: LoadExtras = {},
): Promise<LoadRun> {
  const { context, page, watch } = await freshPage(browser);
  try {
    server.resetLog();
    await page.goto(`${server.origin}${path}`);
    await waitForMapIdle(page);
    const t = await page.evaluate(readTimings, { quiet: QUIET_MS, mapIdle: PERF.mapIdle, storyText: PERF.storyText });
    // Taken with the page's timeline: what the server sent by then, worker fetches included.
    const sent = server.log();
    if (t.mapIdle === null) throw new Error('map idle mark vanished');
    const click = extras.afterIdle ? await extras.afterIdle(page) : null;
    if (click?.panel.why) watch.errors.push(`click to panel: ${click.panel.why}`);
    if (click?.quotes.why) watch.errors.push(`click to quotes: ${click.quotes.why}`);
    if (extras.screenshot !== undefined) await page.screenshot({ path: extras.screenshot });
    return {
      page: name,
      textPaint: t.textPaint,
      textPaintFrom: t.textPaintFrom,
      fcp: t.fcp,
      mapIdle: t.mapIdle,
      longTasks: t.longTasks,
      transfers: mergeTransfers(t.transfers, sent),
      foreignRequests: [...watch.foreignRequests],
      errors: [...watch.errors],
      clickToPanel: click?.panel.latency ?? null,
      clickToDom: click?.panel.toDom ?? null,
      clickToQuotes: click?.quotes.latency ?? null,
    };
  } finally {
    await context.close();
  }
}
