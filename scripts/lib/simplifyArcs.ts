import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** A longitude/latitude box, in degrees. */
export interface Box {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** How far (degrees of latitude, about 111 km each) a point may lie from the simplified line at a
 * given place: small where the story is, large elsewhere. */
export type Tolerance = (lon: number, lat: number) => number;

/**
 * A topology's arcs as absolute longitude/latitude: world-atlas stores them quantized and
 * delta-encoded, each point an integer step from the one before, scaled by `transform`.
 */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map(([x = 0, y = 0]) => [x, y]);
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

// Distance from p to the segment a–b, with longitudes shrunk by cos(latitude) so that a degree east
// counts for what it is on the ground (a plain degree grid would keep too much near the poles).
function segmentDistance(p: Position, a: Position, b: Position): number {
  const k = Math.cos((((a[1] ?? 0) + (b[1] ?? 0) + (p[1] ?? 0)) / 3) * (Math.PI / 180));
  const ax = (a[0] ?? 0) * k;
  const ay = a[1] ?? 0;
  const dx = (b[0] ?? 0) * k - ax;
  const dy = (b[1] ?? 0) - ay;
  const px = (p[0] ?? 0) * k - ax;
  const py = (p[1] ?? 0) - ay;
  const len2 = dx * dx + dy * dy;
  const s = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
  return Math.hypot(px - s * dx, py - s * dy);
}

/**
 * Douglas–Peucker with a tolerance that depends on where each point is: a stretch is replaced by
 * its chord only when every point in it is within its own tolerance, so points where the story is
 * survive even inside a long coarse stretch. Both ends are always kept: in a topology an arc's ends
 * are where it meets other arcs, so neighbours keep one shared border. A closed arc (an island, one
 * ring) keeps at least four points, so its ring stays a ring.
 */
export function simplifyArc(arc: readonly Position[], tolerance: Tolerance): Position[] {
  const n = arc.length;
  if (n <= 2) return arc.map((p) => [...p]);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol = arc.map(([lon = 0, lat = 0]) => tolerance(lon, lat));
  const first = arc[0] ?? [0, 0];
  const last = arc[n - 1] ?? [0, 0];
  const closed = first[0] === last[0] && first[1] === last[1];
  const stack: [number, number][] = [];
  if (closed) {
    // A ring's chord is a point: split it at its farthest point and at the farthest from that line.
    let far = 1;
    let farD = -1;
    for (let i = 1; i < n - 1; i++) {
      const d = segmentDistance(arc[i] ?? first, first, first);
      if (d > farD) [far, farD] = [i, d];
    }
    keep[far] = 1;
    for (const [from, to] of [
      [0, far],
      [far, n - 1],
    ] as const) {
      let best = -1;
      let bestD = -1;
      for (let i = from + 1; i < to; i++) {
        const d = segmentDistance(arc[i] ?? first, arc[from] ?? first, arc[to] ?? first);
        if (d > bestD) [best, bestD] = [i, d];
      }
      if (best > 0) keep[best] = 1;
    }
    const kept = [...keep.keys()].filter((i) => keep[i] === 1);
    for (let i = 1; i < kept.length; i++) stack.push([kept[i - 1] ?? 0, kept[i] ?? 0]);
  } else {
    stack.push([0, n - 1]);
  }
  // An explicit stack: a long coastline kept whole would recurse thousands deep.
  while (stack.length > 0) {
    const [i, j] = stack.pop() ?? [0, 0];
    const a = arc[i] ?? first;
    const b = arc[j] ?? first;
    let best = -1;
    let bestD = -1;
    for (let m = i + 1; m < j; m++) {
      const d = segmentDistance(arc[m] ?? a, a, b);
      if (d > (tol[m] ?? 0) && d > bestD) [best, bestD] = [m, d];
    }
    if (best < 0) continue;
    keep[best] = 1;
    stack.push([i, best], [best, j]);
  }
  return arc.filter((_, i) => keep[i] === 1).map((p) => [...p]);
}

/** Whether a point lies in any of the boxes (longitudes compared as given: boxes are built from the
 * same, unwrapped, shapes). */
export function inAnyBox(boxes: readonly Box[], lon: number, lat: number): boolean {
  return boxes.some((b) => lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north);
}

/** A tolerance that is `fine` inside the boxes and `coarse` outside them. */
export function boxTolerance(boxes: readonly Box[], fine: number, coarse: number): Tolerance {
  return (lon, lat) => (inAnyBox(boxes, lon, lat) ? fine : coarse);
}

/** The topology with every arc simplified (and decoded: the result has no transform). */
export function simplifyTopology(topology: Topology, tolerance: Tolerance): Topology {
  const simplified: Topology = { ...topology, arcs: decodeArcs(topology).map((arc) => simplifyArc(arc, tolerance)) };
  delete simplified.transform;
  return simplified;
}
