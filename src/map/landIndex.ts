import type { Position } from 'geojson';
import { insideRings, wrapLongitude } from '../lib/planarGeometry.ts';
import type { WorldCountries } from './worldGeometry.ts';

/** Which country's land a longitude/latitude lies on: its ISO numeric code, '' for land Natural
 * Earth gives no code, or undefined for the sea. */
export type CountryAt = (lng: number, lat: number) => string | undefined;

interface IndexedPolygon {
  readonly iso: string;
  readonly rings: readonly (readonly Position[])[];
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

// Polygons are bucketed by 10° cells, so a lookup tests the few shapes near the point, not the
// ~1,400 of the 1:50m world (labels ask a few thousand times per camera frame).
const CELL = 10;
const cellKey = (cx: number, cy: number) => `${cx},${cy}`;

/**
 * An index of the world's country shapes for "whose land is here?". Edges are tested as straight
 * lines in longitude/latitude: on a Mercator map they bow a little, which at 1:50m (edges of a few
 * kilometres) no label can tell. Shapes that were unwrapped past ±180° (Chukotka, Fiji) are found
 * from either side of the antimeridian.
 */
export function createLandIndex(countries: WorldCountries): CountryAt {
  const cells = new Map<string, IndexedPolygon[]>();
  for (const f of countries.features) {
    const polygons: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polygons) {
      const outer = rings[0] ?? [];
      if (outer.length < 3) continue;
      let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x = 0, y = 0] of outer) {
        west = Math.min(west, x);
        east = Math.max(east, x);
        south = Math.min(south, y);
        north = Math.max(north, y);
      }
      const polygon: IndexedPolygon = { iso: f.properties.iso, rings, west, south, east, north };
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
      if (insideRings(p.rings, x, y)) return p.iso;
    }
    return undefined;
  };
  return (lng, lat) => {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return undefined;
    // The map may be panned into a neighbouring world copy: bring the point back to [-180, 180),
    // then also try the copy past the antimeridian where unwrapped shapes live.
    const x = wrapLongitude(lng);
    return lookup(x, lat) ?? lookup(x + 360, lat) ?? lookup(x - 360, lat);
  };
}
