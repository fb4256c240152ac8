import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { recordCspViolations } from './driver.ts';
import { HOST_ORIGIN, HOST_PORT, ORIGIN } from './origin.ts';

// A publisher's page on another origin embeds the app in an iframe, with our public/embed.js, as the
// README's snippet says. The app must size its frame, leave the page's scroll alone, and ask nothing
// of any origin but its own.

// @newswire/frames, a host library publishers already use, is served by the host page itself.
const FRAMES_UMD = readFileSync(fileURLToPath(import.meta.resolve('@newswire/frames').replace(/frames\.[a-z]+\.js$/u, 'frames.umd.js')), 'utf8');

/** The publisher's page: the app in an iframe, sized by our embed.js, or by @newswire/frames
 * (`lib=frames`), which reads the height from the frame's `height` attribute, not its style. */
function hostPage(url: URL): string {
  const width = Number(url.searchParams.get('w') ?? 400);
  const height = Number(url.searchParams.get('h') ?? 300);
  const query = url.searchParams.get('q') ?? 'embed=1';
  const frames = url.searchParams.get('lib') === 'frames';
  const iframe = frames
    ? `<iframe id="map" data-urdu-story-map src="${ORIGIN}/?${query}" title="Map" width="${width}" height="${height}" style="display:block;border:0"></iframe>`
    : `<iframe data-urdu-story-map src="${ORIGIN}/?${query}" title="Map: Albania, Iran and a cyberattack" loading="lazy" allow="fullscreen" style="display:block;width:${width}px;height:${height}px;border:0"></iframe>`;
  const script = frames
    ? '<script src="/frames.umd.js"></script><script src="/observe.js"></script>'
    : `<script src="${ORIGIN}/embed.js" async></script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>A publisher's article</title></head>
<body style="margin:0;font-family:serif">
<p style="height:200px;margin:0">The article above the map.</p>
${iframe}
<p style="height:3000px;margin:0">The article below the map.</p>
${script}
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
    if (url.pathname === '/frames.umd.js' || url.pathname === '/observe.js') {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(url.pathname === '/observe.js' ? "newswireFrames.observeIframe(document.getElementById('map'));" : FRAMES_UMD);
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
async function openHost(page: Page, width: number, height: number, query = 'embed=1', lib = 'embed.js'): Promise<{ frame: Frame; foreign: string[]; errors: string[] }> {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== ORIGIN && origin !== HOST_ORIGIN && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The app in the frame runs under its Content-Security-Policy: anything it refuses is an error.
  await recordCspViolations(page, errors);
  await page.goto(`${HOST_ORIGIN}/?w=${width}&h=${height}&q=${encodeURIComponent(query)}&lib=${lib}`);
  const frame = await (await page.locator('iframe[data-urdu-story-map]').elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  return { frame, foreign, errors };
}

/** The iframe's height on the host page, and the height of the app's content inside it. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator('iframe[data-urdu-story-map]').evaluate((el) => el.getBoundingClientRect().height);
  // The app's own height: the document is never shorter than its frame, so it cannot tell.
  const content = await frame.evaluate(() => document.querySelector('.app')?.getBoundingClientRect().height ?? -1);
  return { iframe, content };
}

for (const size of [
  { width: 400, height: 300 },
  { width: 800, height: 600 },
  { width: 1280, height: 720 },
]) {
  test(`embedded at ${size.width}x${size.height} on another origin: compact, self-sizing through embed.js, linkable`, async ({ page }) => {
    await page.setViewportSize({ width: Math.max(1300, size.width + 20), height: 900 });
    const { frame, foreign, errors } = await openHost(page, size.width, size.height);
    // One line above the map, no app header; the way to the full map keeps the view.
    await expect(frame.locator('.embed-header')).toBeVisible();
    await expect(frame.locator('.app-header')).toHaveCount(0);
    const open = frame.getByRole('link', { name: /Open full map/u });
    await expect(open).toHaveAttribute('target', '_blank');
    expect(await open.getAttribute('href')).not.toContain('embed');
    // The frame takes the height the app posts (within 2 px), and follows it when it changes.
    await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(2);
    await page.locator('iframe[data-urdu-story-map]').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `test-results/screenshots/embed-${size.width}x${size.height}-open.png` });
    // A longer panel: the frame must grow with it.
    await frame.getByRole('button', { name: 'What does Iran say?' }).click();
    await expect(frame.locator('#panel-title')).toContainText('Iran');
    // With its quoted sentences, which come after the panel's first frame.
    await expect(frame.locator('.evidence-item').first()).toBeAttached();
    await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(2);
    expect((await heights(page, frame)).iframe).toBeGreaterThan(size.height > 300 ? 200 : 150);
    await page.screenshot({ path: `test-results/screenshots/embed-${size.width}x${size.height}-iran.png` });
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console and page errors').toEqual([]);
  });
}

test('@newswire/frames, a host library publishers already use, sizes the frame from the same messages', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const { frame, errors } = await openHost(page, 800, 300, 'embed=1', 'frames');
  // The library sets the iframe's height attribute; it must match the app's height within 2 px.
  const fit = async () => {
    const h = await heights(page, frame);
    return Math.abs(h.iframe - h.content);
  };
  await expect.poll(fit).toBeLessThanOrEqual(2);
  await frame.getByRole('button', { name: 'What does Iran say?' }).click();
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  await expect.poll(fit).toBeLessThanOrEqual(2);
  expect(await page.locator('#map').getAttribute('height')).toMatch(/^\d+$/u);
  expect(errors).toEqual([]);
});

test('the snippet copied from the share dialog, pasted into another site’s page, gives a working, self-sizing, linked map', async ({ page }) => {
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
  expect(await iframe.evaluate((el) => el.textContent)).toContain(`<a href="${ORIGIN}/?focus=IRN&amp;theme=dark&amp;lang=ur">`);
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.locator('.map-view')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  // It opens on the view it was made from, in the chosen theme and language.
  await expect(frame.locator('#panel-title')).toContainText('ایران');
  await expect(frame.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('.embed-title [lang="ur"]').first()).toHaveText('البانیہ، ایران اور سائبر حملہ');
  // Sized by the script that came with the snippet.
  await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(2);
  await iframe.evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: 'test-results/screenshots/embed-pasted-snippet.png' });

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
  await expect(frame.locator('.app')).toHaveAttribute('data-theme', 'light');
  await frame.getByRole('button', { name: 'What does Iran say?' }).click();
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  expect(errors).toEqual([]);
});

test('the chosen theme is remembered where storage is allowed, and falls back to the default where it is not', async ({ browser }) => {
  for (const blocked of [false, true]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (blocked) await blockStorage(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${ORIGIN}/`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
    // A fresh visit, without the theme in the address.
    await page.goto(`${ORIGIN}/`);
    await expect(page.locator('.app')).toHaveAttribute('data-theme', blocked ? 'light' : 'dark');
    expect(errors, blocked ? 'blocked storage' : 'allowed storage').toEqual([]);
    await context.close();
  }
});

test('the host page drives the map with commands and hears its events; malformed and hostile messages are ignored', async ({ page }) => {
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
  const heard = () => page.evaluate(() => (window as unknown as { heard: { type: string; selection?: { id: string } | null; step?: number | null }[] }).heard);
  await expect.poll(async () => (await heard()).some((m) => m.type === 'ready')).toBe(true);
  const send = (message: unknown) =>
    page.locator('iframe[data-urdu-story-map]').evaluate((el, m) => (el as HTMLIFrameElement).contentWindow?.postMessage(m, '*'), message);
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
  await frame.evaluate(() => window.postMessage({ app: 'urdu-story-map', type: 'select', kind: 'entity', id: 'IRN' }, '*'));
  await page.waitForTimeout(300);
  await expect(frame.locator('#panel-title')).toContainText('What the article reports');
  expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  // Real commands.
  await send({ app: 'urdu-story-map', type: 'select', kind: 'entity', id: 'IRN' });
  await expect(frame.locator('#panel-title')).toContainText('Iran');
  await expect.poll(async () => (await heard()).some((m) => m.type === 'selection' && m.selection?.id === 'IRN')).toBe(true);
  await send({ app: 'urdu-story-map', type: 'go-to-step', step: 2 });
  await expect(frame.locator('.step-panel[data-step="2"]')).toBeVisible();
  await expect.poll(async () => (await heard()).some((m) => m.type === 'step' && m.step === 2)).toBe(true);
  await send({ app: 'urdu-story-map', type: 'set-theme', theme: 'dark' });
  await expect(frame.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await send({ app: 'urdu-story-map', type: 'set-lang', lang: 'ur' });
  await expect(frame.locator('.embed-title [lang="ur"]').first()).toHaveText('البانیہ، ایران اور سائبر حملہ');
  await expect.poll(async () => (await heard()).some((m) => m.type === 'lang')).toBe(true);
  expect(errors).toEqual([]);
});

test('the example publisher’s page in public/ drives the map with its buttons and lists the map’s events', async ({ page }) => {
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
