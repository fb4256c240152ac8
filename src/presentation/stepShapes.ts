import { fetchWorldShapes, worldShapesUrl } from '../map/worldData.ts';
import type { StepShape } from './stepMap.ts';
import type { ShapesAnswer, ShapesJob, ShapesRequest } from './stepShapes.worker.ts';

/** Outlines of each small map, by the key it was asked for with. */
export type StepShapes = Readonly<Record<string, readonly StepShape[]>>;

const cache = new Map<string, Promise<StepShapes>>();

/**
 * The outlines of a story's small step maps, cut in a worker from the shapes file the big map
 * already fetched (fetchWorldShapes shares its download). Asked once per story and set of maps;
 * a failure is forgotten, so the next call tries again.
 */
export function loadStepShapes(slug: string, maps: readonly ShapesRequest[]): Promise<StepShapes> {
  const key = `${slug}|${maps.map((m) => `${m.key}:${m.box.flat().join(',')}:${m.width}x${m.height}`).join(';')}`;
  let p = cache.get(key);
  if (!p) {
    const url = worldShapesUrl(slug);
    p = (url === undefined ? Promise.reject(new Error(`no shapes for ${slug}`)) : fetchWorldShapes(url)).then(
      (bytes) =>
        new Promise<StepShapes>((resolve, reject) => {
          const worker = new Worker(new URL('./stepShapes.worker.ts', import.meta.url), { type: 'module' });
          worker.onmessage = (e: MessageEvent<ShapesAnswer>) => {
            worker.terminate();
            if ('error' in e.data) reject(new Error(e.data.error));
            else resolve(e.data.maps);
          };
          worker.onerror = (e) => {
            worker.terminate();
            reject(new Error(e.message || 'the step maps could not be drawn'));
          };
          // A copy, handed over whole: the page keeps its own bytes for the big map's land index.
          const copy = bytes.slice(0);
          worker.postMessage({ bytes: copy, maps } satisfies ShapesJob, [copy]);
        }),
    );
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}
