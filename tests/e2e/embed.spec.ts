import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { recordCspViolations, reviewShot } from './driver.ts';
import { HOST_ORIGIN, HOST_PORT, ORIGIN } from './origin.ts';

// A publisher's page on another origin embeds the app in an iframe, with our public/embed.js, as the
// snippet of docs/embedding.md says. The app must size its frame, leave the page's scroll alone, and ask
// nothing of any origin but its own.

// Newsrooms' own embed libraries, served by the host page itself: @newswire/frames, pym.js (NPR) and
// iframe-resizer's parent script (version 4, MIT).
const script = (module: string, file: string) =>
  readFileSync(fileURLToPath(import.meta.resolve(module)).replace(/[^/]+$/u, file), 'utf8');
const LIBRARIES: Readonly<Record<string, string>> = {
  '/frames.umd.js': script('@newswire/frames', 'frames.umd.js'),
  '/pym.js': readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8'),
  '/iframe-resizer.js': readFileSync('node_modules/iframe-resizer/js/iframeResizer.min.js', 'utf8'),
  // Each library started as its own documentation says.
  '/observe.js': "newswireFrames.observeIframe(document.getElementById('map'));",
  '/pym-parent.js': `new pym.Parent('map-holder', '${ORIGIN}/?embed=1', { title: 'Map' });`,
  '/resize.js': `iFrameResize({ checkOrigin: ['${ORIGIN}'] }, '#map');`,
};

/**
 * The publisher's page: the app in an iframe, sized by one of the libraries (`lib`):
 * - `embed.js`: the snippet of docs/embedding.md, at `w` x `h`, with `q` as the frame's query;
 * - `late`: the same frame without the script (the test adds it once the map has loaded);
 * - `frames`: @newswire/frames, which reads the height from the frame's `height` attribute;
 * - `pym`: pym.js, which makes the frame itself (150 px tall to start with);
 * - `iframe-resizer`: a frame of no given height, and iframe-resizer's parent script;
 * - `sandbox`: two sandboxed frames, the first without allow-same-origin.
 */
function hostPage(url: URL): string {
  const width = Number(url.searchParams.get('w') ?? 400);
  const height = Number(url.searchParams.get('h') ?? 300);
  const query = url.searchParams.get('q') ?? 'embed=1';
  const lib = url.searchParams.get('lib') ?? 'embed.js';
  const snippet = `<iframe data-urdu-story-map src="${ORIGIN}/?${query}" title="Map: Albania, Iran and a cyberattack" width="${width}" height="${height}" loading="lazy" allow="fullscreen" style="display:block;width:${width}px;height:${height}px;border:0"></iframe>`;
  const body: Record<string, string> = {
    'embed.js': `${snippet}<script src="${ORIGIN}/embed.js" async></script>`,
    late: snippet,
    frames: `<iframe id="map" data-urdu-story-map src="${ORIGIN}/?${query}" title="Map" width="${width}" height="${height}" style="display:block;border:0"></iframe><script src="/frames.umd.js"></script><script src="/observe.js"></script>`,
    pym: `<div id="map-holder" style="width:${width}px"></div><script src="/pym.js"></script><script src="/pym-parent.js"></script>`,
    'iframe-resizer': `<iframe id="map" src="${ORIGIN}/?${query}" title="Map" style="display:block;width:${width}px;border:0"></iframe><script src="/iframe-resizer.js"></script><script src="/resize.js"></script>`,
    // Two sandboxed frames: one without allow-same-origin, one with it.
    sandbox: ['allow-scripts', 'allow-scripts allow-same-origin allow-popups']
      .map(
        (rules, i) =>
          `<iframe id="sandbox-${i}" sandbox="${rules}" src="${ORIGIN}/?${query}" title="Map" width="${width}" height="${height}" style="display:block;border:0"></iframe>`,
      )
      .join(''),
  };
  return `<!doctype html><html><head><meta charset="utf-8"><title>A publisher's article</title></head>
<body style="margin:0;font-family:serif">
<p style="height:200px;margin:0">The article above the map.</p>
${body[lib] ?? ''}
<p id="below" style="height:3000px;margin:0">The article below the map.</p>
</body></html>`;
}

// What a test "pasted" into the publisher's page at /pasted: the snippet from the share dialog.
let pasted = '';

let server: Server;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', HOST_ORIGIN);
    if (url.pathname === '/pasted') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html><head><meta charset="utf-8"><title>A publisher's article</title></head><body style="margin:0;font-family:serif">
<p style="height:150px;margin:0">The article above the map.</p>
<div style="width:760px">${pasted}</div>
<p style="height:2000px;margin:0">The article below the map.</p></body></html>`);
      return;
    }
    const library = LIBRARIES[url.pathname];
    if (library !== undefined) {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(library);
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(hostPage(url));
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Opens the host page, records every request that is neither origin's, and waits for the map. */
async function openHost(
  page: Page,
  width: number,
  height: number,
  query = 'embed=1',
  lib = 'embed.js',
): Promise<{ frame: Frame; foreign: string[]; errors: string[] }> {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== ORIGIN && origin !== HOST_ORIGIN && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The app in the frame runs under its Content-Security-Policy: anything it refuses is an error.
  await recordCspViolations(page, errors);
  await page.goto(`${HOST_ORIGIN}/?w=${width}&h=${height}&q=${encodeURIComponent(query)}&lib=${lib}`);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  return { frame, foreign, errors };
}

/** The iframe's height on the host page, and the height of the app's content inside it. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  // The app's own height: the document is never shorter than its frame, so it cannot tell.
  const content = await frame.evaluate(() => document.querySelector('.app')?.getBoundingClientRect().height ?? -1);
  return { iframe, content };
}

/** The frame's height at every frame while the host page scrolls down by `by` px, 100 px a step. */
async function heightsWhileScrolling(page: Page, by: number): Promise<number[]> {
  return page.evaluate(async (distance) => {
    const frame = document.querySelector('iframe');
    const seen: number[] = [];
    const frameDone = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    for (let y = 0; y <= distance; y += 100) {
      window.scrollTo(0, y);
      await frameDone();
      await frameDone();
      seen.push(frame?.getBoundingClientRect().height ?? -1);
    }
    return seen;
  }, by);
}

for (const size of [
  { width: 400, height: 300 },
  { width: 800, height: 600 },
  { width: 1000, height: 700 },
]) {
  test(`embedded at ${size.width}x${size.height} with the snippet: one height on load, after a choice and while the page scrolls; compact and linkable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1100, height: 800 });
    const { frame, foreign, errors } = await openHost(page, size.width, size.height, `embed=1&height=${size.height}`);
    // One line above the map, no app header; the way to the full map keeps the view.
    await expect(frame.locator('.embed-header')).toBeVisible();
    await expect(frame.locator('.app-header')).toHaveCount(0);
    const open = frame.getByRole('link', { name: /Open full map/u });
    await expect(open).toHaveAttribute('target', '_blank');
    expect(await open.getAttribute('href')).not.toMatch(/embed|height/u);
    // The frame is the height it was given, and the app fills it exactly, neither more nor less.
    const loaded = await heights(page, frame);
    expect(loaded.iframe).toBe(size.height);
    expect(Math.abs(loaded.content - loaded.iframe)).toBeLessThanOrEqual(1);
    await page.locator('iframe').evaluate((el) => el.scrollIntoView());
    await reviewShot(page, `embed-${size.width}x${size.height}-open`);
    // A longer panel, with its quoted sentences: the frame stays, and the panel scrolls inside it.
    await frame.getByRole('button', { name: 'What does Iran say?' }).click();
    await expect(frame.locator('#panel-title')).toContainText('Iran');
    await expect(frame.locator('.evidence-item').first()).toBeAttached();
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    expect((await heights(page, frame)).iframe).toBe(size.height);
    expect(await frame.locator('.panel-scroll').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await reviewShot(page, `embed-${size.width}x${size.height}-iran`);
    // The map keeps the larger share of even a small frame, and no place named at its edge covers the
    // zoom buttons (Iran's partners lie west, beside them).
    const mapHeight = await frame.locator('.map-view').evaluate((el) => el.getBoundingClientRect().height);
    expect(mapHeight, 'the map’s height').toBeGreaterThanOrEqual(size.height * 0.44);
    await expect(frame.locator('.edge-marker').first()).toBeVisible();
    const covered = await frame.evaluate(() => {
      const zoom = document.querySelector('.maplibregl-ctrl-group')?.getBoundingClientRect();
      if (!zoom) return ['no zoom buttons'];
      return [...document.querySelectorAll<HTMLElement>('.edge-marker')]
        .filter((m) => {
          const b = m.getBoundingClientRect();
          return b.left < zoom.right && b.right > zoom.left && b.top < zoom.bottom && b.bottom > zoom.top;
        })
        .map((m) => m.textContent);
    });
    expect(covered, 'edge markers over the zoom buttons').toEqual([]);
    // The host page scrolls 2,000 px: the frame's height never changes, at any frame.
    const scrolled = await heightsWhileScrolling(page, 2000);
    expect(new Set(scrolled)).toEqual(new Set([size.height]));
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console and page errors').toEqual([]);
  });
}

test('a frame sized by its width, and one given no height, keep one height through a choice and a scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  // `aspect=1.2` at 400 px wide: 480 px, set by embed.js from the height the map posts.
  const { frame } = await openHost(page, 400, 300, 'embed=1&aspect=1.2');
  await expect.poll(async () => (await heights(page, frame)).iframe).toBe(480);
  await frame.getByRole('button', { name: 'What does Iran say?' }).click();
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  expect(new Set(await heightsWhileScrolling(page, 2000))).toEqual(new Set([480]));
  await page.locator('iframe').evaluate((el) => el.scrollIntoView());
  await reviewShot(page, 'embed-400-by-width-iran');
  // The snippet of an earlier version (no height in its address): the frame's own height, filled.
  const old = await openHost(page, 800, 600, 'embed=1');
  await old.frame.getByRole('button', { name: 'What does Iran say?' }).click();
  await expect(old.frame.locator('#panel-title')).toContainText('Iran');
  const h = await heights(page, old.frame);
  expect(h.iframe).toBe(600);
  expect(Math.abs(h.content - 600)).toBeLessThanOrEqual(1);
});

for (const lib of ['pym', 'iframe-resizer'] as const) {
  test(`${lib}, a library newsrooms embed with, sizes the frame it starts at 150 px from the map's own messages`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    const { frame, errors } = await openHost(page, 400, 0, 'embed=1', lib);
    // 1.2 times its 400 px width, as the map says, and the app fills it.
    await expect.poll(async () => (await heights(page, frame)).iframe).toBe(480);
    expect(Math.abs((await heights(page, frame)).content - 480)).toBeLessThanOrEqual(1);
    await frame.getByRole('button', { name: 'What does Iran say?' }).click();
    await expect(frame.locator('#panel-title')).toContainText('Iran');
    expect(new Set(await heightsWhileScrolling(page, 1000))).toEqual(new Set([480]));
    expect(errors).toEqual([]);
  });
}

test('@newswire/frames, and our embed.js added only after the map has loaded, size the frame from the same messages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const { frame, errors } = await openHost(page, 800, 0, 'embed=1&height=450', 'frames');
  // The library sets the iframe's height attribute.
  await expect.poll(async () => (await heights(page, frame)).iframe).toBe(450);
  expect(await page.locator('#map').getAttribute('height')).toBe('450');
  // embed.js added once the map has posted its height to nobody: it says hello, and the map tells it
  // again (the frame was given 300 px; 1.5 times its 400 px width is 600).
  const late = await openHost(page, 400, 300, 'embed=1&aspect=1.5', 'late');
  expect((await heights(page, late.frame)).iframe).toBe(300);
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    document.body.append(s);
  }, `${ORIGIN}/embed.js`);
  await expect.poll(async () => (await heights(page, late.frame)).iframe).toBe(600);
  expect([...errors, ...late.errors]).toEqual([]);
});

test('a frame sandboxed without allow-same-origin says what the page must add; with it, the map works', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST_ORIGIN}/?w=600&h=300&q=${encodeURIComponent('embed=1&height=300')}&lib=sandbox`);
  // The note, in the shell of the reader's language (English here), in place of "Drawing the map…".
  const bare = page.frameLocator('#sandbox-0').locator('[data-boot-lang="en"]');
  await expect(bare.locator('.boot-sandboxed')).toBeVisible();
  await expect(bare.locator('.boot-sandboxed')).toContainText('allow-same-origin');
  await expect(bare.locator('.boot-loading')).toBeHidden();
  const allowed = page.frameLocator('#sandbox-1');
  await expect(allowed.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  await expect(allowed.locator('.boot-sandboxed')).toHaveCount(0);
  await expect(allowed.getByRole('button', { name: 'What does Iran say?' })).toBeVisible();
  await reviewShot(page, 'embed-sandboxed');
});

test('the snippet copied from the share dialog, pasted into another site’s page, gives a working, sized, linked map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${ORIGIN}/?focus=IRN`);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share, embed or download' });
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('radio', { name: 'اردو' }).check();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  pasted = await code.inputValue();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await recordCspViolations(page, errors);
  await page.goto(`${HOST_ORIGIN}/pasted`);
  const iframe = page.locator('iframe[data-urdu-story-map]');
  // The frame's title is in the language chosen for it.
  await expect(iframe).toHaveAttribute('title', 'نقشہ: البانیہ، ایران اور سائبر حملہ');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('allow', 'fullscreen');
  // The plain link for readers without frames leads to the same view in the full app (a browser
  // with frames keeps an iframe's content as text, unparsed).
  expect(await iframe.evaluate((el) => el.textContent)).toContain(
    `<a href="${ORIGIN}/?focus=IRN&amp;theme=dark&amp;lang=ur">`,
  );
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  // It opens on the view it was made from, in the chosen theme and language.
  await expect(frame.locator('#panel-title')).toContainText('ایران');
  await expect(frame.locator('.app[data-story]')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('.embed-title [lang="ur"]').first()).toHaveText('البانیہ، ایران اور سائبر حملہ');
  // By its width, as the dialog proposes: 1.2 times the 760 px column, and the app fills it.
  await expect.poll(async () => (await heights(page, frame)).iframe).toBe(912);
  expect(Math.abs((await heights(page, frame)).content - 912)).toBeLessThanOrEqual(1);
  await iframe.evaluate((el) => el.scrollIntoView());
  await reviewShot(page, 'embed-pasted-snippet');

  // A fixed height instead: no script, and the frame keeps the height chosen.
  await page.goto(`${ORIGIN}/?focus=IRN`);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await dialog.getByRole('spinbutton', { name: 'Fixed height in pixels' }).fill('400');
  pasted = await code.inputValue();
  await page.goto(`${HOST_ORIGIN}/pasted`);
  await expect(page.locator('iframe[data-urdu-story-map]')).toHaveAttribute('height', '400');
  expect((await page.locator('iframe[data-urdu-story-map]').boundingBox())?.height).toBe(400);
  await expect(page.locator('script')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the wheel over the embedded map scrolls the host page, not the map', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openHost(page, 800, 600);
  const box = await page.locator('iframe[data-urdu-story-map]').boundingBox();
  if (!box) throw new Error('no iframe box');
  // Bring the frame into view, then turn the wheel over the map (the left of a wide frame; the panel
  // on its right scrolls by itself).
  await page.evaluate(() => window.scrollTo(0, 150));
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width * 0.25, box.y - 150 + 150);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
});

/** Makes touching localStorage throw in every frame of the page, as third-party frames may. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test('in a frame where storage is blocked, the app runs and nothing breaks', async ({ page }) => {
  await blockStorage(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  // No theme in the address: the app asks storage for the reader's last choice, and gets nothing.
  const { frame, errors } = await openHost(page, 800, 600);
  await expect(frame.locator('.app[data-story]')).toHaveAttribute('data-theme', 'light');
  await frame.getByRole('button', { name: 'What does Iran say?' }).click();
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  expect(errors).toEqual([]);
});

test('the chosen theme is remembered where storage is allowed, and falls back to the default where it is not', async ({
  browser,
}) => {
  for (const blocked of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (blocked) await blockStorage(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ORIGIN}/`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('.app[data-story]')).toHaveAttribute('data-theme', 'dark');
    // A fresh visit, without the theme in the address. The app's root is `.app[data-story]`: until the
    // app has drawn, the page's two boot shells (one per language) are `.app` too.
    await page.goto(`${ORIGIN}/`);
    await expect(page.locator('.app[data-story]')).toHaveAttribute('data-theme', blocked ? 'light' : 'dark');
    expect(errors, blocked ? 'blocked storage' : 'allowed storage').toEqual([]);
    await context.close();
  }
});

test('the host page drives the map with commands and hears its events; malformed and hostile messages are ignored', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  // The host page records what the map tells it.
  await page.addInitScript(() => {
    if (window.parent !== window) return;
    const w = window as unknown as { heard: unknown[] };
    w.heard = [];
    window.addEventListener('message', (e) => {
      const d = e.data as { app?: string } | null;
      if (d && d.app === 'urdu-story-map') w.heard.push(d);
    });
  });
  const { frame, errors } = await openHost(page, 800, 600);
  const heard = () =>
    page.evaluate(
      () =>
        (window as unknown as { heard: { type: string; selection?: { id: string } | null; step?: number | null }[] })
          .heard,
    );
  await expect.poll(async () => (await heard()).some((m) => m.type === 'ready')).toBe(true);
  const send = (message: unknown) =>
    page
      .locator('iframe[data-urdu-story-map]')
      .evaluate((el, m) => (el as HTMLIFrameElement).contentWindow?.postMessage(m, '*'), message);
  // Hostile and malformed messages first: nothing changes, nothing breaks, nothing is inserted.
  for (const bad of [
    'select IRN',
    JSON.stringify({ app: 'urdu-story-map', type: 'select', kind: 'entity', id: 'IRN' }),
    { app: 'urdu-story-map', type: 'select', kind: 'entity', id: '<img src=x onerror="window.pwned=1">' },
    { app: 'urdu-story-map', type: 'select', kind: 'entity', id: 'I'.repeat(200_000) },
    { app: 'urdu-story-map', type: 'go-to-step', step: '2' },
    { app: 'urdu-story-map', type: 'eval', code: 'window.pwned = 1' },
  ]) {
    await send(bad);
  }
  // A command the frame posts to itself (not from its parent) is not obeyed either.
  await frame.evaluate(() =>
    window.postMessage({ app: 'urdu-story-map', type: 'select', kind: 'entity', id: 'IRN' }, '*'),
  );
  // Messages are handled in the order they came: once a real command sent after them has taken effect,
  // every one before it has been handled (and ignored), with no time guessed.
  await send({ app: 'urdu-story-map', type: 'set-theme', theme: 'dark' });
  await expect(frame.locator('.app[data-story]')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('#panel-title')).toContainText('What the article reports');
  expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  // Real commands.
  await send({ app: 'urdu-story-map', type: 'select', kind: 'entity', id: 'IRN' });
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  await expect
    .poll(async () => (await heard()).some((m) => m.type === 'selection' && m.selection?.id === 'IRN'))
    .toBe(true);
  await send({ app: 'urdu-story-map', type: 'go-to-step', step: 2 });
  await expect(frame.locator('.step-panel[data-step="2"]')).toBeVisible();
  await expect.poll(async () => (await heard()).some((m) => m.type === 'step' && m.step === 2)).toBe(true);
  await send({ app: 'urdu-story-map', type: 'set-theme', theme: 'light' });
  await expect(frame.locator('.app[data-story]')).toHaveAttribute('data-theme', 'light');
  await send({ app: 'urdu-story-map', type: 'set-lang', lang: 'ur' });
  await expect(frame.locator('.embed-title [lang="ur"]').first()).toHaveText('البانیہ، ایران اور سائبر حملہ');
  await expect.poll(async () => (await heard()).some((m) => m.type === 'lang')).toBe(true);
  expect(errors).toEqual([]);
});

test('the example publisher’s page in public/ drives the map with its buttons and lists the map’s events', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The example page has a policy of its own, and the map in it has the app's.
  await recordCspViolations(page, errors);
  await page.goto(`${ORIGIN}/embed-example.html`);
  const frame = await (await page.locator('iframe[data-urdu-story-map]').elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  await expect(page.locator('#log')).toContainText('"type":"ready"');
  await page.getByRole('button', { name: 'Show Iran' }).click();
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  await expect(page.locator('#log')).toContainText('"id":"IRN"');
  await page.getByRole('button', { name: 'Story, step 3' }).click();
  await expect(frame.locator('.step-panel[data-step="3"]')).toBeVisible();
  expect(errors).toEqual([]);
});
