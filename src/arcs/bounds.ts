import type { LngLat } from './arcGeometry.ts';

/** A box [[west, south], [east, north]] in degrees. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]];

// Web Mercator grows without limit towards the poles: a great circle that grazes the Arctic must not
// drag the whole view up there, so boxes stop at these latitudes.
const MAX_LAT = 76;
const MIN_LAT = -60;

/** The smallest box around all points (arc points included), latitudes capped for Mercator. */
export function boundsOf(points: Iterable<LngLat>): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  if (!Number.isFinite(w)) return null;
  return [
    [w, Math.max(MIN_LAT, s)],
    [e, Math.min(MAX_LAT, n)],
  ];
}

/** Whether two boxes are the same box: a plan made again for the same places is not a new target. */
export function sameBounds(a: Bounds | null, b: Bounds | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a[0][0] === b[0][0] && a[0][1] === b[0][1] && a[1][0] === b[1][0] && a[1][1] === b[1][1];
}
