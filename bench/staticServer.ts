import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Transfer } from './byteClass.ts';

/** MIME types of what a Vite build holds (a module worker must come as JavaScript, or it is refused). */
export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Text types, sent gzip-compressed as any real host would; fonts and images are compressed already. */
export const GZIP_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.txt',
  '.csv',
  '.map',
  '.webmanifest',
]);

/** A build folder served on its own 127.0.0.1 port, with a log of what it sent. */
export interface StaticServer {
  readonly origin: string;
  /** Responses sent since the last `resetLog`: absolute URL and body bytes as sent (gzip where gzipped). */
  log(): Transfer[];
  resetLog(): void;
  close(): Promise<void>;
}

/**
 * What a static host sends for a file: a name with a content hash in it (Vite's `assets/name-HASH.ext`)
 * never changes, so it is kept for a year; anything else (the page, boot.js) is checked each time.
 */
export function cacheControlFor(path: string): string {
  return /(?:^|\/)assets\/[^/]+-[\w-]{8}\.\w+$/u.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves `root` on 127.0.0.1 (a free port): gzip for text, `index.html` for a folder, and the caching
 * headers of an ordinary static host (cacheControlFor). Every run opens a fresh browser context, so
 * each load starts cold; within a load, a file asked for twice (the page and MapLibre's worker both
 * read the shapes) comes from the browser's cache, as it would for a reader. Files are read and compressed once and kept in memory: the
 * server shares two cores with the browser it is timing, and must not make one run slower than the next.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, { body: Buffer; gzip: boolean; type: string } | null>();
  let log: Transfer[] = [];
  let origin = '';

  async function read(path: string): Promise<Buffer | null> {
    try {
      return await readFile(path);
    } catch {
      return null;
    }
  }

  async function load(path: string) {
    if (cache.has(path)) return cache.get(path) ?? null;
    const raw = await read(path);
    const ext = extname(path).toLowerCase();
    const gzip = GZIP_EXTENSIONS.has(ext);
    const entry =
      raw === null ? null : { body: gzip ? gzipSync(raw) : raw, gzip, type: MIME[ext] ?? 'application/octet-stream' };
    cache.set(path, entry);
    return entry;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const path = normalize(join(base, rel));
      const entry = path === base || path.startsWith(base + sep) ? await load(path) : null;
      if (!entry) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': entry.type,
        'Content-Length': entry.body.length,
        'Cache-Control': cacheControlFor(rel),
        ...(entry.gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      res.end(entry.body, () => log.push({ url: url.href, bytes: entry.body.length }));
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    log: () => [...log],
    resetLog: () => {
      log = [];
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
