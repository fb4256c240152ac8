import type { Position } from 'geojson';
import { wrapLongitude } from '../lib/planarGeometry.ts';
import type { WorldCountries } from './worldGeometry.ts';

/** Which country's land a longitude/latitude lies on: its ISO numeric code, '' for land Natural
 * Earth gives no code, or undefined for the sea. */
export type CountryAt = (lng: number, lat: number) => string | undefined;

/** A box in longitude and latitude (degrees). */
export interface LngLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** Which of the given countries have land in a longitude/latitude box (their ISO numeric codes). */
export type CountriesIn = (box: LngLatBox, isos: ReadonlySet<string>) => ReadonlySet<string>;

/** "Whose land is here?", for a point and for a box. */
export interface LandIndex {
  readonly at: CountryAt;
  /** Exact for the shapes as drawn: a box holds a country's land when one of its edges crosses the
   * box, or the box lies inside it. A label's box is tested so, not sampled: a strip of a
   * neighbour between two samples would still be read as that neighbour's name. */
  readonly within: CountriesIn;
}

interface IndexedPolygon {
  readonly iso: string;
  readonly rings: readonly (readonly Position[])[];
  /** The edges of all its rings (outer and holes) by latitude band: x1, y1, x2, y2, flat. Filed on
   * the first test that reaches the polygon: most of the world's are never asked about. */
  bands?: ReadonlyMap<number, readonly number[]>;
  /** The same with the flat edges too (a border along a parallel crosses a box all the same),
   * each edge in every band it touches: for the box test. */
  allBands?: ReadonlyMap<number, readonly number[]>;
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

// A point-in-polygon test casts a ray east along the point's latitude and counts the edges it
// crosses: only edges that span that latitude can count. Edges are filed by 1° bands of latitude,
// so a test reads a few dozen edges, not every edge of Iran or Russia (a lookup was 12 µs; the
// labels make thousands per camera position).
const BAND = 1;

function edgeBands(rings: readonly (readonly Position[])[], flat = false): Map<number, number[]> {
  const bands = new Map<number, number[]>();
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      const x1 = a?.[0] ?? 0;
      const y1 = a?.[1] ?? 0;
      const x2 = b?.[0] ?? 0;
      const y2 = b?.[1] ?? 0;
      // A flat edge never spans a latitude under the test's half-open rule (y1 > y) !== (y2 > y).
      if (y1 === y2 && !flat) continue;
      for (let band = Math.floor(Math.min(y1, y2) / BAND); band <= Math.floor(Math.max(y1, y2) / BAND); band++) {
        const list = bands.get(band);
        if (list) list.push(x1, y1, x2, y2);
        else bands.set(band, [x1, y1, x2, y2]);
      }
    }
  }
  return bands;
}

/** Even-odd: inside when the ray east from (x, y) crosses an odd number of the polygon's edges. */
function contains(p: IndexedPolygon, x: number, y: number): boolean {
  p.bands ??= edgeBands(p.rings);
  const edges = p.bands.get(Math.floor(y / BAND));
  if (!edges) return false;
  let inside = false;
  for (let e = 0; e < edges.length; e += 4) {
    const x1 = edges[e] ?? 0;
    const y1 = edges[e + 1] ?? 0;
    const x2 = edges[e + 2] ?? 0;
    const y2 = edges[e + 3] ?? 0;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
  }
  return inside;
}

/** Whether the segment (x1, y1)–(x2, y2) meets the box (Liang–Barsky clipping). */
function segmentMeetsBox(x1: number, y1: number, x2: number, y2: number, b: LngLatBox): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, x1 - b.west) && clip(dx, b.east - x1) && clip(-dy, y1 - b.south) && clip(dy, b.north - y1);
}

/** Whether a polygon has land in the box: an edge crosses it, or the box lies inside the polygon. */
function meetsBox(p: IndexedPolygon, b: LngLatBox): boolean {
  if (b.east < p.west || b.west > p.east || b.north < p.south || b.south > p.north) return false;
  p.allBands ??= edgeBands(p.rings, true);
  for (let band = Math.floor(b.south / BAND); band <= Math.floor(b.north / BAND); band++) {
    const edges = p.allBands.get(band);
    if (!edges) continue;
    for (let e = 0; e < edges.length; e += 4) {
      if (segmentMeetsBox(edges[e] ?? 0, edges[e + 1] ?? 0, edges[e + 2] ?? 0, edges[e + 3] ?? 0, b)) return true;
    }
  }
  return contains(p, (b.west + b.east) / 2, (b.south + b.north) / 2);
}

// Polygons are bucketed by 10° cells, so a lookup tests the few shapes near the point, not the
// ~1,400 of the 1:50m world (labels ask a few thousand times per camera frame).
const CELL = 10;
// One number per cell (no string to build for each lookup): latitudes give |cy| < 10.
const cellKey = (cx: number, cy: number) => cx * 64 + cy;

/**
 * An index of the world's country shapes for "whose land is here?". Edges are tested as straight
 * lines in longitude/latitude: on a Mercator map they bow a little, which at 1:50m (edges of a few
 * kilometres) no label can tell. Shapes that were unwrapped past ±180° (Chukotka, Fiji) are found
 * from either side of the antimeridian.
 */
export function createLandIndex(countries: WorldCountries): LandIndex {
  const cells = new Map<number, IndexedPolygon[]>();
  const byIso = new Map<string, IndexedPolygon[]>();
  for (const f of countries.features) {
    const polygons: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polygons) {
      const outer = rings[0] ?? [];
      if (outer.length < 3) continue;
      let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
      // Indexed, not destructured: tens of thousands of points, read as the page loads.
      for (let i = 0; i < outer.length; i++) {
        const point = outer[i];
        const x = point?.[0] ?? 0;
        const y = point?.[1] ?? 0;
        if (x < west) west = x;
        if (x > east) east = x;
        if (y < south) south = y;
        if (y > north) north = y;
      }
      const polygon: IndexedPolygon = { iso: f.properties.iso, rings, west, south, east, north };
      byIso.set(polygon.iso, [...(byIso.get(polygon.iso) ?? []), polygon]);
      for (let cx = Math.floor(west / CELL); cx <= Math.floor(east / CELL); cx++) {
        for (let cy = Math.floor(south / CELL); cy <= Math.floor(north / CELL); cy++) {
          const key = cellKey(cx, cy);
          const list = cells.get(key);
          if (list) list.push(polygon);
          else cells.set(key, [polygon]);
        }
      }
    }
  }
  const lookup = (x: number, y: number): string | undefined => {
    for (const p of cells.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL))) ?? []) {
      if (x < p.west || x > p.east || y < p.south || y > p.north) continue;
      if (contains(p, x, y)) return p.iso;
    }
    return undefined;
  };
  const at: CountryAt = (lng, lat) => {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return undefined;
    // The map may be panned into a neighbouring world copy: bring the point back to [-180, 180),
    // then also try the copy past the antimeridian where unwrapped shapes live.
    const x = wrapLongitude(lng);
    return lookup(x, lat) ?? lookup(x + 360, lat) ?? lookup(x - 360, lat);
  };
  const within: CountriesIn = (box, isos) => {
    const found = new Set<string>();
    if (![box.west, box.south, box.east, box.north].every(Number.isFinite)) return found;
    // The same world copies as for a point: the box moved so its west side is in [-180, 180).
    const shift = wrapLongitude(box.west) - box.west;
    const copies = [0, 360, -360].map((k) => ({ ...box, west: box.west + shift + k, east: box.east + shift + k }));
    for (const iso of isos) {
      const polygons = byIso.get(iso) ?? [];
      if (polygons.some((p) => copies.some((b) => meetsBox(p, b)))) found.add(iso);
    }
    return found;
  };
  return { at, within };
}
