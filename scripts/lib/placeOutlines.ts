import type { Position } from 'geojson';
import { insideRings } from '../../src/lib/planarGeometry.ts';
import type { WorldCountries } from '../../src/map/worldGeometry.ts';

/** A box [[west, south], [east, north]] in degrees. */
export type OutlineBox = [[number, number], [number, number]];

/** A story country to outline: its ISO numeric code and the point its dot is drawn at. */
export interface OutlinedPlace {
  readonly iso: string;
  readonly anchor: readonly [number, number];
}

// A part of a country within this many degrees of its main part belongs to the place the reader
// sees (the islands off a coast); one further away (Alaska and Hawaii for the United States) is
// not framed with it, as locator maps leave them to insets.
export const NEAR_PART = 3;

interface Part {
  readonly rings: readonly (readonly Position[])[];
  readonly box: OutlineBox;
}

function boxOf(ring: readonly Position[]): OutlineBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** Degrees between two boxes (0 when they touch or overlap). */
function gap(a: OutlineBox, b: OutlineBox): number {
  const dx = Math.max(0, a[0][0] - b[1][0], b[0][0] - a[1][0]);
  const dy = Math.max(0, a[0][1] - b[1][1], b[0][1] - a[1][1]);
  return Math.hypot(dx, dy);
}

/**
 * The box of each story country as a reader sees it on the map, for the camera to frame it whole:
 * the part its dot lies on (its anchor, checked to be on its own land), with the parts near that
 * one. The shapes are the map's own (unwrapped past ±180°), so a box never spans the antimeridian
 * the long way. A country whose anchor lies on none of its parts keeps the box of all its parts.
 */
export function placeOutlines(countries: WorldCountries, places: readonly OutlinedPlace[]): Record<string, OutlineBox> {
  const out: Record<string, OutlineBox> = {};
  for (const { iso, anchor } of places) {
    const parts: Part[] = countries.features
      .filter((f) => f.properties.iso === iso)
      .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
      .filter((rings) => (rings[0]?.length ?? 0) >= 3)
      .map((rings) => ({ rings, box: boxOf(rings[0] ?? []) }));
    if (parts.length === 0) continue;
    const main = parts.find((p) => insideRings(p.rings, anchor[0], anchor[1]));
    const kept = main ? parts.filter((p) => p === main || gap(p.box, main.box) <= NEAR_PART) : parts;
    const [[w, s], [e, n]] = boxOf(kept.flatMap((p) => [p.box[0], p.box[1]]));
    out[iso] = [
      [w, s],
      [e, n],
    ];
  }
  return out;
}
