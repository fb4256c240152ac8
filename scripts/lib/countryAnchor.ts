import { geoArea, geoBounds, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { Feature, Polygon, Position } from 'geojson';
import { insideRings as insidePlanar, wrapLongitude as wrap } from '../../src/lib/planarGeometry.ts';
import { unwrapRing } from '../../src/map/worldGeometry.ts';

// Where a country's dot and label sit: a point on its own land, computed from the world-atlas
// shapes the checker tests anchors against (d3's spherical geoContains), so a computed anchor
// always passes the check it will meet.

/** A point on the map, [longitude, latitude] in degrees. */
export type LngLat = [number, number];

// The map is Web Mercator, which the schema cuts at ±85°; keep anchors clear of that edge.
const MAX_LAT = 84;
// First pass: a grid this many cells wide and high over the part's bounding box; then each of
// the best few points is refined on a finer grid around it, this many times.
const GRID = 32;
const REFINE_STEPS = 10;
const SEEDS = 5;

/** Every polygon of the shapes, MultiPolygons split into their parts. */
function polygonsOf(shapes: readonly Feature[]): Polygon[] {
  const out: Polygon[] = [];
  for (const f of shapes) {
    const g = f.geometry;
    if (g.type === 'Polygon') out.push(g);
    else if (g.type === 'MultiPolygon')
      for (const coordinates of g.coordinates) out.push({ type: 'Polygon', coordinates });
  }
  return out;
}

/** Distance in degrees of latitude from (x, y) to the nearest edge, longitude shrunk by cos(lat). */
function distanceToEdge(rings: readonly Position[][], x: number, y: number): number {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i - 1] ?? [];
      const [bx = 0, by = 0] = ring[i] ?? [];
      const dx = (bx - ax) * k;
      const dy = by - ay;
      const px = (x - ax) * k;
      const py = y - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  }
  return best;
}

/**
 * The point of a polygon farthest from its border (its "pole of inaccessibility"), found on a
 * grid and refined around the best few grid points. Works on unwrapped rings, so a part that
 * crosses the antimeridian (Chukotka, Fiji) is one piece, not two halves at opposite map edges.
 * `accept` is the final, spherical test; candidates are tried best first until one passes.
 */
function poleOfInaccessibility(polygon: Polygon, accept: (p: LngLat) => boolean): LngLat | undefined {
  const rings = polygon.coordinates.map((r) => unwrapRing(r));
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0] ?? 0);
  const ys = outer.map((p) => p[1] ?? 0);
  const [x0, x1, y0, y1] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.max(Math.min(...ys), -MAX_LAT),
    Math.min(Math.max(...ys), MAX_LAT),
  ];
  if (!(x1 > x0 && y1 > y0)) return undefined;
  const score = (x: number, y: number) => (insidePlanar(rings, x, y) ? distanceToEdge(rings, x, y) : -1);
  const scan = (cx: number, cy: number, w: number, h: number, n: number) => {
    const out: { x: number; y: number; d: number }[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = cx - w / 2 + ((i + 0.5) * w) / n;
        const y = Math.max(-MAX_LAT, Math.min(MAX_LAT, cy - h / 2 + ((j + 0.5) * h) / n));
        out.push({ x, y, d: score(x, y) });
      }
    }
    return out.filter((c) => c.d > 0).sort((a, b) => b.d - a.d);
  };
  const w = (x1 - x0) / GRID;
  const h = (y1 - y0) / GRID;
  const seeds = scan((x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0, GRID).slice(0, SEEDS);
  const refined = seeds.map((seed) => {
    let best = seed;
    for (let step = 0, cw = w * 2, ch = h * 2; step < REFINE_STEPS; step++, cw /= 2, ch /= 2) {
      best = [best, ...scan(best.x, best.y, cw, ch, 5)].sort((a, b) => b.d - a.d)[0] ?? best;
    }
    return best;
  });
  for (const c of [...refined, ...seeds].sort((a, b) => b.d - a.d)) {
    const p: LngLat = [wrap(c.x), c.y];
    if (accept(p)) return p;
  }
  return undefined;
}

/**
 * The whole-degree point of the part's bounding box nearest to `near` that passes `accept`: the
 * last resort, for a part whose rings do not unwrap into a plane. Antarctica is one: its largest
 * part has a ring run around the pole, and its centroid lies beyond the latitude the map shows.
 */
function nearestOnLand(polygon: Polygon, near: LngLat, accept: (p: LngLat) => boolean): LngLat | undefined {
  const [[w, s], [e, n]] = geoBounds(polygon);
  const east = e < w ? e + 360 : e;
  const points: LngLat[] = [];
  for (let lng = Math.floor(w); lng <= Math.ceil(east); lng++) {
    for (let lat = Math.max(Math.floor(s), -MAX_LAT); lat <= Math.min(Math.ceil(n), MAX_LAT); lat++)
      points.push([wrap(lng), lat]);
  }
  points.sort((a, b) => geoDistance(a, near) - geoDistance(b, near));
  return points.find(accept);
}

/** The point rounded to two decimals (about a kilometre), if that is still on the land. */
function tidy(p: LngLat, accept: (p: LngLat) => boolean): LngLat {
  for (const digits of [2, 4]) {
    const f = 10 ** digits;
    const r: LngLat = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    if (accept(r)) return r;
  }
  return p;
}

/**
 * A point on a country's own land for its dot and label: the centroid of its largest part when
 * that lies on the country (Albania, Iran, the contiguous US), else the point of the largest part
 * farthest from its border (a crescent, a ring of islands), else the whole-degree point nearest the
 * centroid that is on the land (Antarctica). Undefined when the shapes are empty or so small that
 * no tried point lands on them.
 * Edge cases: the largest part is taken by spherical area, so Malaysia's dot lands on Borneo, not
 * the peninsula; a point beyond ±84° latitude is refused (Mercator cannot show it).
 */
export function countryAnchor(shapes: readonly Feature[]): LngLat | undefined {
  const parts = polygonsOf(shapes);
  const largest = parts.map((p) => ({ p, area: geoArea(p) })).sort((a, b) => b.area - a.area)[0]?.p;
  if (!largest) return undefined;
  const accept = (p: LngLat) => Math.abs(p[1]) <= MAX_LAT && shapes.some((f) => geoContains(f, p));
  const centroid = geoCentroid(largest);
  if (accept(centroid)) return tidy(centroid, accept);
  const pole = poleOfInaccessibility(largest, accept) ?? nearestOnLand(largest, centroid, accept);
  return pole ? tidy(pole, accept) : undefined;
}
