import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { StoryPackage } from '../src/story/model.ts';
import { BUILD_CACHE_DIR, cachedProduct, cacheKey } from './lib/buildCache.ts';
import { runInWorker } from './lib/buildWorker.ts';
import { SHAPE_OPTIONS } from './lib/worldShapes.ts';
import { placeOutlines, type OutlineBox } from './lib/placeOutlines.ts';
import type { WorldCountries } from '../src/map/worldGeometry.ts';

const VIRTUAL_ID = 'virtual:world-shapes';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PREFIX = '/@world-shapes/';
const CACHE_DIR = `${BUILD_CACHE_DIR}/shapes`;

// What a set of shapes is made from besides the story's countries: the source file and the code that
// cuts it (so a change to the cutting makes new shapes, not a stale cached file).
const sourceParts = (): string[] => [
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
  ...['./lib/worldShapes.ts', './lib/simplifyArcs.ts', '../src/map/worldGeometry.ts'].map((path) =>
    readFileSync(new URL(path, import.meta.url), 'utf8'),
  ),
];

/** The ISO numeric codes of a package's places that are countries, sorted. */
export function storyIsos(pkg: StoryPackage): string[] {
  return [...new Set(pkg.source.entities.flatMap((e) => (e.isoNumeric ? [e.isoNumeric] : [])))].sort();
}

let parts: string[] | undefined;

/** The box of each of a package's countries as the map shows it (see placeOutlines), from its shapes. */
export function outlinesOf(pkg: StoryPackage, shapes: Uint8Array): Record<string, OutlineBox> {
  const countries = JSON.parse(new TextDecoder().decode(shapes)) as WorldCountries;
  const places = pkg.source.entities.flatMap((e) =>
    e.isoNumeric && e.anchor ? [{ iso: e.isoNumeric, anchor: e.anchor }] : [],
  );
  return placeOutlines(countries, places);
}

/** A story's shapes file, from the cache or cut in a worker thread (and then cached). */
export function shapesProduct(pkg: StoryPackage): Promise<{ readonly bytes: Uint8Array; readonly hit: boolean }> {
  parts ??= sourceParts();
  const isos = storyIsos(pkg);
  const key = cacheKey([...parts, JSON.stringify(SHAPE_OPTIONS), isos.join(',')]);
  return cachedProduct(CACHE_DIR, key, 'json', () =>
    runInWorker<Uint8Array>(new URL('./lib/worldShapes.ts', import.meta.url), 'worldShapesFile', [isos]),
  );
}

/**
 * Each story's country shapes, prepared at build time (scripts/lib/worldShapes.ts): GeoJSON that
 * MapLibre's worker fetches and parses itself, so the page's main thread never converts TopoJSON. The
 * app imports `virtual:world-shapes`, a map from story slug to the URL of its file (a hashed asset in
 * the build, a path this plugin serves in development), and the box of each story country as the
 * camera frames it (`PLACE_OUTLINES`, by slug and ISO numeric code; see placeOutlines). Files are cached between builds; `npm run
 * build` makes them before Vite starts (scripts/prepareBuild.ts), and a bare `vite build` with a cold
 * cache starts them in worker threads when the build starts.
 */
export function worldShapesPlugin(packages: () => readonly StoryPackage[]): Plugin {
  const shapesOf = (pkg: StoryPackage): Promise<Uint8Array> => shapesProduct(pkg).then((r) => r.bytes);
  let started = new Map<string, { readonly pkg: StoryPackage; readonly shapes: Promise<Uint8Array> }>();
  let dev = false;
  return {
    name: 'world-shapes',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    buildStart() {
      if (dev) return;
      started = new Map(
        packages().map((pkg) => {
          const shapes = shapesOf(pkg);
          // Awaited in load; a failure is reported there, not as an unhandled rejection here.
          shapes.catch(() => undefined);
          return [pkg.slug, { pkg, shapes }];
        }),
      );
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const entries: string[] = [];
      const outlines: Record<string, Record<string, OutlineBox>> = {};
      if (dev) {
        for (const pkg of packages()) {
          entries.push(`${JSON.stringify(pkg.slug)}: ${JSON.stringify(`${DEV_PREFIX}${pkg.slug}.json`)}`);
          outlines[pkg.slug] = outlinesOf(pkg, await shapesOf(pkg));
        }
      } else {
        for (const { pkg, shapes } of started.values()) {
          const bytes = await shapes;
          const ref = this.emitFile({ type: 'asset', name: `world-${pkg.slug}.json`, source: bytes });
          entries.push(`${JSON.stringify(pkg.slug)}: import.meta.ROLLUP_FILE_URL_${ref}`);
          outlines[pkg.slug] = outlinesOf(pkg, bytes);
        }
      }
      return `export const WORLD_SHAPES = {${entries.join(', ')}};\nexport const PLACE_OUTLINES = ${JSON.stringify(outlines)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(DEV_PREFIX)) return next();
        const pkg = packages().find((p) => `${DEV_PREFIX}${p.slug}.json` === path);
        if (!pkg) return next();
        shapesOf(pkg)
          .then((bytes) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(bytes);
          })
          .catch(next);
      });
    },
  };
}
