import type { Topology } from 'topojson-specification';
import { PLACE_OUTLINES, WORLD_SHAPES } from 'virtual:world-shapes';
import { DEFAULT_STORY } from '../story/package/defaultStory.ts';
import type { PlaceOutlines } from './scene.ts';
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { WorldCountries } from './worldGeometry.ts';

/** Fetches JSON from our own origin once per URL: the promise is shared, and a failure is forgotten
 * so the next caller tries again instead of inheriting it. */
function sharedJson<T>(): (url: string, what: string) => Promise<T> {
  const pending = new Map<string, Promise<T>>();
  return (url, what) => {
    let p = pending.get(url);
    if (!p) {
      p = fetch(url)
        .then((res) => {
          if (!res.ok) throw new Error(`could not load ${what} (HTTP ${res.status})`);
          return res.json() as Promise<T>;
        })
        .catch((e: unknown) => {
          pending.delete(url);
          throw e;
        });
      pending.set(url, p);
    }
    return p;
  };
}

const topologyJson = sharedJson<Topology>();

// A story's shapes, fetched once by the page (taking over index.html's preload of them) and kept as
// bytes: MapLibre's worker then finds them in the browser's HTTP cache (see fetchWorldShapes), and
// the labels' land index parses the same bytes.
const shapeBytes = new Map<string, Promise<ArrayBuffer>>();

/** Loads Natural Earth 1:50m countries as TopoJSON (the still SVG map draws them with d3's
 * spherical projection, which wants the shapes as they are, not unwrapped for a flat map). */
export function loadWorldTopology(): Promise<Topology> {
  return topologyJson(worldUrl, 'the world map');
}

/**
 * The absolute URL of a story's country shapes, prepared at build time (scripts/worldShapesPlugin.ts):
 * absolute because MapLibre's worker fetches it, and a worker resolves a relative URL against its own
 * script. Undefined only when the build prepared no story at all.
 */
export function worldShapesUrl(slug: string): string | undefined {
  // A draft in author mode's preview was not built: it borrows the default story's file, which holds
  // every country (in full detail near that story's, simplified elsewhere).
  const url = WORLD_SHAPES[slug] ?? WORLD_SHAPES[DEFAULT_STORY];
  return url === undefined ? undefined : new URL(url, document.baseURI).href;
}

/** The box of each of a story's countries as the camera frames it, by ISO numeric code (made at build
 * time from its shapes; empty for a slug the build did not prepare, and the camera frames dots). */
export function placeOutlinesOf(slug: string): PlaceOutlines {
  return PLACE_OUTLINES[slug] ?? {};
}

/**
 * Fetches a story's shapes file whole, once per URL: the page's own fetch takes over index.html's
 * preload of it (same URL, same mode), and the map is made only once it is in, so MapLibre's worker,
 * which cannot see the page's preload, finds the file in the browser's HTTP cache instead of
 * downloading it a second time. A failure is forgotten, so the next call tries again.
 */
export function fetchWorldShapes(url: string): Promise<ArrayBuffer> {
  let p = shapeBytes.get(url);
  if (!p) {
    p = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`could not load the world map (HTTP ${res.status})`);
        return res.arrayBuffer();
      })
      .catch((e: unknown) => {
        shapeBytes.delete(url);
        throw e;
      });
    shapeBytes.set(url, p);
  }
  return p;
}

/** A story's country shapes on the main thread, for "whose land is here?" (labels): the bytes the
 * page fetched (fetchWorldShapes), parsed when asked for, once MapLibre's worker has read its own. */
export async function loadWorldShapes(url: string): Promise<WorldCountries> {
  return JSON.parse(new TextDecoder().decode(await fetchWorldShapes(url))) as WorldCountries;
}
