import { frameFor, shapePaths, type ShapeFeature, type StepShape } from './stepMap.ts';
import type { Bounds } from '../arcs/bounds.ts';

// Parses a story's shapes file (about 700 kB of GeoJSON) off the page's main thread and cuts it into
// the outlines each small step map shows (see stepShapes.ts): the page never parses the file itself.

/** One small map to cut: its key, the box it frames and its frame's size and padding (px). */
export interface ShapesRequest {
  readonly key: string;
  readonly box: Bounds;
  readonly width: number;
  readonly height: number;
  readonly pad: number;
}

/** What the page sends: the file's bytes and the maps wanted. */
export interface ShapesJob {
  readonly bytes: ArrayBuffer;
  readonly maps: readonly ShapesRequest[];
}

/** What the worker answers: each map's outlines by key, or an error message. */
export type ShapesAnswer =
  { readonly maps: Readonly<Record<string, readonly StepShape[]>> } | { readonly error: string };

onmessage = (e: MessageEvent<ShapesJob>) => {
  try {
    const text = new TextDecoder().decode(e.data.bytes);
    const features = (JSON.parse(text) as { features?: ShapeFeature[] }).features ?? [];
    const maps: Record<string, readonly StepShape[]> = {};
    for (const m of e.data.maps) maps[m.key] = shapePaths(features, frameFor(m.box, m.width, m.height, m.pad));
    postMessage({ maps } satisfies ShapesAnswer);
  } catch (err) {
    postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies ShapesAnswer);
  }
};
