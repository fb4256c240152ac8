import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';

/** One file the service worker keeps: its address relative to the app, and a revision where its name
 * carries no hash of its content (`index.html`, `embed.js`, the open data). */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string | null;
}

// What is not kept ahead of use: the worker itself, source maps, the Nastaliq font's woff fallback
// (every browser that runs the app takes the woff2), and the still map's whole-world shapes (only a
// browser without WebGL fetches them; the worker keeps them once it has).
const SKIPPED = [/^sw\.js$/u, /\.map$/u, /\.woff$/u, /(^|\/)countries-50m-[\w-]+\.json$/u];
// Vite names a built file by a hash of its content: `name-AbCd1234.js`.
const HASHED = /-[\w-]{8}\.\w+$/u;

/** The files of a build the service worker keeps, each with a revision where its name has no hash. */
export function precacheManifest(
  files: readonly { readonly path: string; readonly bytes: Uint8Array }[],
): PrecacheEntry[] {
  return files
    .filter((f) => !SKIPPED.some((skip) => skip.test(f.path)))
    .map((f) => ({
      url: f.path,
      revision: HASHED.test(f.path) ? null : createHash('sha256').update(f.bytes).digest('hex').slice(0, 16),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

async function filesUnder(root: string): Promise<{ path: string; bytes: Uint8Array }[]> {
  const out: { path: string; bytes: Uint8Array }[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push({ path: relative(root, full).split(sep).join('/'), bytes: await readFile(full) });
    }
  };
  await walk(root);
  return out;
}

/**
 * Builds the service worker (src/sw/serviceWorker.ts, with Workbox's precaching) as `sw.js` beside
 * index.html, once the app's own build is written: it lists every file of the build (see
 * precacheManifest) into the worker, so that it knows them all from its first install. The worker
 * is a classic script (no module: every browser with service workers runs it) of its own, sharing
 * no chunk with the app. The development server has no worker.
 */
export function serviceWorkerPlugin(entry: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const manifest = precacheManifest(await filesUnder(outDir));
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        // Workbox's own builds read NODE_ENV to drop their development logging.
        define: {
          __PRECACHE_MANIFEST__: JSON.stringify(manifest),
          'process.env.NODE_ENV': JSON.stringify('production'),
        },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: { entry, formats: ['iife'], name: 'storyMapServiceWorker', fileName: () => 'sw.js' },
        },
      });
    },
  };
}
