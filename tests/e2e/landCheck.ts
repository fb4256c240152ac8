import { readFileSync } from 'node:fs';
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

// The test's own answer to "whose land is this?", independent of the app's land index: d3's
// spherical point-in-polygon over Natural Earth 1:50m, and a Web Mercator fitted to where the map
// itself drew the story's places.

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const shapes = feature(world, world.objects['countries'] as GeometryCollection).features.map((f: Feature) => ({
  iso: typeof f.id === 'string' ? f.id : '',
  f,
  bounds: geoBounds(f),
}));

/** ISO numeric code of the country at a longitude/latitude ('' uncoded land, undefined sea). */
export function countryAt(lng: number, lat: number): string | undefined {
  for (const s of shapes) {
    const [[w, so], [e, n]] = s.bounds;
    // A shape across the antimeridian has west > east: skip the box test, let d3 decide.
    if (w <= e && (lng < w || lng > e || lat < so || lat > n)) continue;
    if (geoContains(s.f, [lng, lat])) return s.iso;
  }
  return undefined;
}

/**
 * Which of some countries have land under a screen box, read through a fitted Mercator: a country
 * has land there when one of its outline's points lies in the box, or one of the box's own points
 * (its edges every `step` px, and its centre) lies in the country by d3's spherical test. Between
 * them nothing wider than `step` px slips through, at a fraction of the cost of testing every pixel.
 */
export function countriesUnder(
  box: { left: number; top: number; right: number; bottom: number },
  isos: ReadonlySet<string>,
  mercator: FittedMercator,
  step: number,
): Set<string> {
  const found = new Set<string>();
  const [west, north] = mercator(box.left, box.top);
  const [east, south] = mercator(box.right, box.bottom);
  const edge: [number, number][] = [[(box.left + box.right) / 2, (box.top + box.bottom) / 2]];
  const along = (a: number, b: number) => [
    ...Array.from({ length: Math.floor((b - a) / step) + 1 }, (_, i) => a + i * step),
    b,
  ];
  for (const x of along(box.left, box.right)) edge.push([x, box.top], [x, box.bottom]);
  for (const y of along(box.top, box.bottom)) edge.push([box.left, y], [box.right, y]);
  for (const s of shapes) {
    if (!isos.has(s.iso)) continue;
    const [[w, so], [e, n]] = s.bounds;
    if (w <= e && (east < w || west > e || north < so || south > n)) continue;
    const g = s.f.geometry as Polygon | MultiPolygon;
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    const vertexIn = rings.some((ring) =>
      ring.some(([lng = 0, lat = 0]) => lng >= west && lng <= east && lat >= south && lat <= north),
    );
    if (vertexIn || edge.some(([x, y]) => geoContains(s.f, mercator(x, y)))) found.add(s.iso);
  }
  return found;
}

// The test's own rule for a country as a reader sees it framed, written apart from the app's
// (scripts/lib/placeOutlines.ts): the part its dot lies on, and the parts within 3° of that part.
const NEAR_PART = 3;

/** The outer rings of a country as a reader sees it: the part holding `anchor`, with the parts near it. */
export function outlineRings(iso: string, anchor: readonly [number, number]): Position[][] {
  const parts = shapes
    .filter((s) => s.iso === iso)
    .flatMap((s) => {
      const g = s.f.geometry as Polygon | MultiPolygon;
      return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    })
    .map((rings) => {
      const outer = rings[0] ?? [];
      const lons = outer.map((p) => p[0] ?? 0);
      const lats = outer.map((p) => p[1] ?? 0);
      return { rings, box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as const };
    });
  const main = parts.find((p) => geoContains({ type: 'Polygon', coordinates: p.rings }, [anchor[0], anchor[1]]));
  if (!main) return parts.map((p) => p.rings[0] ?? []);
  const gap = (a: readonly number[], b: readonly number[]) =>
    Math.hypot(
      Math.max(0, (a[0] ?? 0) - (b[2] ?? 0), (b[0] ?? 0) - (a[2] ?? 0)),
      Math.max(0, (a[1] ?? 0) - (b[3] ?? 0), (b[1] ?? 0) - (a[3] ?? 0)),
    );
  return parts.filter((p) => p === main || gap(p.box, main.box) <= NEAR_PART).map((p) => p.rings[0] ?? []);
}

/** A place the map drew: its longitude/latitude and where its true point is on screen. */
export interface DrawnPlace {
  readonly lngLat: readonly [number, number];
  readonly x: number;
  readonly y: number;
}

const mercatorY = (lat: number) => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A Web Mercator fitted to the screen: screen px to longitude/latitude, and back. */
export interface FittedMercator {
  (x: number, y: number): [number, number];
  readonly forward: (lng: number, lat: number) => [number, number];
}

/**
 * Fits screen = (a·lng + bx, cy − a·mercatorY(lat)) to the drawn places by least squares, and
 * returns its inverse (screen px to longitude/latitude), with the forward map beside it. Needs two
 * places apart on screen.
 */
export function fitMercator(places: readonly DrawnPlace[]): FittedMercator {
  const u = places.map((p) => p.lngLat[0]);
  const v = places.map((p) => -mercatorY(p.lngLat[1]));
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const [ub, vb, xb, yb] = [mean(u), mean(v), mean(places.map((p) => p.x)), mean(places.map((p) => p.y))];
  let num = 0;
  let den = 0;
  places.forEach((p, i) => {
    const du = (u[i] ?? 0) - ub;
    const dv = (v[i] ?? 0) - vb;
    num += du * (p.x - xb) + dv * (p.y - yb);
    den += du * du + dv * dv;
  });
  const a = num / den;
  const bx = xb - a * ub;
  const cy = yb - a * vb;
  const invert = (x: number, y: number): [number, number] => {
    const lng = (x - bx) / a;
    const m = -(y - cy) / a;
    const lat = (360 / Math.PI) * Math.atan(Math.exp((m * Math.PI) / 180)) - 90;
    return [lng, lat];
  };
  return Object.assign(invert, {
    forward: (lng: number, lat: number): [number, number] => [a * lng + bx, cy - a * mercatorY(lat)],
  });
}

/** The share of a screen box (sampled on a 6x4 grid) that lies on one of `isos`. */
export function shareOn(
  box: { left: number; top: number; right: number; bottom: number },
  isos: ReadonlySet<string>,
  invert: (x: number, y: number) => [number, number],
): number {
  let hits = 0;
  const [cols, rows] = [6, 4];
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const [lng, lat] = invert(
        box.left + ((c + 0.5) / cols) * (box.right - box.left),
        box.top + ((r + 0.5) / rows) * (box.bottom - box.top),
      );
      const iso = countryAt(lng, lat);
      if (iso !== undefined && isos.has(iso)) hits++;
    }
  }
  return hits / (cols * rows);
}
