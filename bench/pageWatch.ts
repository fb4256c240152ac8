import type { Browser, BrowserContext, Page } from '@playwright/test';

/** The viewport every run uses (the e2e tests' desktop size). */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Chromium flags that keep every request off the network without pausing any: all traffic goes to a
 * proxy on a closed port except 127.0.0.1 (which Chromium does not proxy anyway), so our servers are
 * reached directly and anything else fails at once. Request interception (Playwright's `route`) would do the same but hold
 * each of our own requests until Node answers, which would add to every timing the bench reports.
 */
export const OFFLINE_ARGS: readonly string[] = ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1'];

/** What a page did besides loading: requests to other hosts (blocked), console and page errors. */
export interface Watch {
  readonly foreignRequests: string[];
  readonly errors: string[];
}

/** Whether a URL leaves 127.0.0.1 (data: and blob: URLs never leave the page). */
export function isForeign(url: string): boolean {
  const u = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return false;
  return u.hostname !== '127.0.0.1';
}

/** Per-page buffers the init script fills, read back after the map is idle. */
export interface BenchBuffer {
  readonly longTasks: { startTime: number; duration: number }[];
  readonly elements: { identifier: string; renderTime: number; loadTime: number }[];
}

/**
 * Runs in every document before its own scripts: observers for long tasks and Element Timing, with
 * `buffered: true` so that nothing reported before they were registered is lost. Self-contained (it
 * is serialised into the page).
 */
function observeInPage(): void {
  interface ElementTiming extends PerformanceEntry {
    readonly identifier: string;
    readonly renderTime: number;
    readonly loadTime: number;
  }
  const buffer: BenchBuffer = { longTasks: [], elements: [] };
  (window as unknown as { __bench: BenchBuffer }).__bench = buffer;
  // The default buffer holds 250 entries; a split build must not lose its last files.
  performance.setResourceTimingBufferSize(2000);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) buffer.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without Long Tasks leaves the list empty; the report then shows no long tasks.
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as ElementTiming[])
        buffer.elements.push({ identifier: e.identifier, renderTime: e.renderTime, loadTime: e.loadTime });
    }).observe({ type: 'element', buffered: true });
  } catch {
    // Without Element Timing the text paint is reported as not measured.
  }
}

/** A fresh context (no cache, no storage: a cold load) with the observers installed and a watch on it. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const watch: Watch = { foreignRequests: [], errors: [] };
  // Passive listeners only: they see every request, the worker's too, without holding any.
  context.on('request', (req) => {
    if (isForeign(req.url())) watch.foreignRequests.push(req.url());
  });
  // tsx compiles this file keeping function names, which wraps named inner functions in a `__name`
  // helper that exists in Node only: the functions handed to the page need a stand-in.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(observeInPage);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.errors.push(err.message));
  return { context, page, watch };
}
