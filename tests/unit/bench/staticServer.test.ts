import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, serveStatic, type StaticServer } from '../../../bench/staticServer.ts';

/** A GET with gzip accepted, as a browser sends it; the raw body as received. */
function get(
  url: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('cacheControlFor', () => {
  it('keeps files named by their content for a year, and has the rest checked each time', () => {
    expect(cacheControlFor('/assets/MapLibreMap-BWf1H7SQ.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/assets/world-albania-iran-cyberattack-WnxiRyo8.json')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/assets/story-DJjqSsy-.json')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/index.html')).toBe('no-cache');
    expect(cacheControlFor('/boot.js')).toBe('no-cache');
    expect(cacheControlFor('/data/story.json')).toBe('no-cache');
  });
});

describe('serveStatic', () => {
  let server: StaticServer;
  const js = 'export const x = 1;\n'.repeat(200);

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'assets', 'worker.mjs'), js);
    writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([1, 2, 3, 4]));
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  it('serves on 127.0.0.1, the folder as its index.html, checked again on each load', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    const res = await get(`${server.origin}/?step=1`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(res.body).toString()).toContain('<title>t</title>');
  });

  it('sends a module worker as gzip JavaScript, a woff2 font as it is', async () => {
    const worker = await get(`${server.origin}/assets/worker.mjs`);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(worker.body).toString()).toBe(js);
    const font = await get(`${server.origin}/assets/font.woff2`);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect([...font.body]).toEqual([1, 2, 3, 4]);
  });

  it('logs each response with the bytes it sent, until reset', async () => {
    server.resetLog();
    const worker = await get(`${server.origin}/assets/worker.mjs`);
    await new Promise((r) => setTimeout(r, 20));
    expect(server.log()).toEqual([{ url: `${server.origin}/assets/worker.mjs`, bytes: worker.body.length }]);
    expect(worker.body.length).toBeLessThan(js.length);
    server.resetLog();
    expect(server.log()).toEqual([]);
  });

  it('answers 404 for a missing file and for a path out of its folder', async () => {
    expect((await get(`${server.origin}/nope.js`)).status).toBe(404);
    expect((await get(`${server.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
