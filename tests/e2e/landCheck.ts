import { readFileSync } from 'node:fs';
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
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

/** A place the map drew: its longitude/latitude and where its true point is on screen. */
export interface DrawnPlace {
  readonly lngLat: readonly [number, number];
  readonly x: number;
  readonly y: number;
}

const mercatorY = (lat: number) => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Fits screen = (a·lng + bx, cy − a·mercatorY(lat)) to the drawn places by least squares, and
 * returns its inverse (screen px to longitude/latitude). Needs two places apart on screen.
 */
export function fitMercator(places: readonly DrawnPlace[]): (x: number, y: number) => [number, number] {
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
  return (x, y) => {
    const lng = (x - bx) / a;
    const m = -(y - cy) / a;
    const lat = (360 / Math.PI) * Math.atan(Math.exp((m * Math.PI) / 180)) - 90;
    return [lng, lat];
  };
}

/** The share of a screen box (sampled on a 6x4 grid) that lies on one of `isos`. */
export function shareOn(box: { left: number; top: number; right: number; bottom: number }, isos: ReadonlySet<string>, invert: (x: number, y: number) => [number, number]): number {
  let hits = 0;
  const [cols, rows] = [6, 4];
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const [lng, lat] = invert(box.left + ((c + 0.5) / cols) * (box.right - box.left), box.top + ((r + 0.5) / rows) * (box.bottom - box.top));
      const iso = countryAt(lng, lat);
      if (iso !== undefined && isos.has(iso)) hits++;
    }
  }
  return hits / (cols * rows);
}
