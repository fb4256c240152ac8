import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { countriesFromTopology, type WorldCountries } from '../../src/map/worldGeometry.ts';
import { boxTolerance, inAnyBox, simplifyTopology, type Box } from './simplifyArcs.ts';
import { readWorldTopology } from './worldGeography.ts';

/** How the world's shapes are cut down for the map. */
export interface ShapeOptions {
  /** Degrees around each story country's parts where the 1:50m detail is kept whole. */
  readonly margin: number;
  /** Tolerance near the story (degrees of latitude): below what 1:50m itself can tell. */
  readonly fine: number;
  /** Tolerance elsewhere: about a pixel at the zoom that shows a continent. */
  readonly coarse: number;
  /** Decimals kept near the story, and elsewhere (3 is about 100 m, 2 about 1 km). */
  readonly fineDecimals: number;
  readonly coarseDecimals: number;
}

/** The choice the app is built with (docs/performance.md shows its cost). */
export const SHAPE_OPTIONS: ShapeOptions = { margin: 4, fine: 0.002, coarse: 0.04, fineDecimals: 3, coarseDecimals: 2 };

const outerRings = (f: WorldCountries['features'][number]): Position[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0] ?? []] : f.geometry.coordinates.map((p) => p[0] ?? []);

/**
 * The boxes, with a margin, around every part of the given countries. Each part has its own box (the
 * United States' box would otherwise hold half of Canada). A part that runs past ±180° (unwrapped,
 * like the Aleutians) also gets the copy of its box on the other side, where its raw points lie.
 */
export function storyBoxes(countries: WorldCountries, isos: ReadonlySet<string>, margin: number): Box[] {
  const boxes: Box[] = [];
  for (const f of countries.features) {
    if (!isos.has(f.properties.iso)) continue;
    for (const ring of outerRings(f)) {
      if (ring.length === 0) continue;
      const lons = ring.map((p) => p[0] ?? 0);
      const lats = ring.map((p) => p[1] ?? 0);
      const box = {
        west: Math.min(...lons) - margin,
        east: Math.max(...lons) + margin,
        south: Math.min(...lats) - margin,
        north: Math.max(...lats) + margin,
      };
      boxes.push(box);
      if (box.east > 180) boxes.push({ ...box, west: box.west - 360, east: box.east - 360 });
      if (box.west < -180) boxes.push({ ...box, west: box.west + 360, east: box.east + 360 });
    }
  }
  return boxes;
}

/** Rounds a ring's points (finer inside the boxes), dropping points that rounding made repeat.
 * Undefined when fewer than four points are left: no ring. */
function roundRing(ring: readonly Position[], boxes: readonly Box[], options: ShapeOptions): Position[] | undefined {
  const out: Position[] = [];
  for (const [lon = 0, lat = 0] of ring) {
    const f = 10 ** (inAnyBox(boxes, lon, lat) ? options.fineDecimals : options.coarseDecimals);
    const p = [Math.round(lon * f) / f, Math.round(lat * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : undefined;
}

function roundPolygon(
  rings: readonly Position[][],
  boxes: readonly Box[],
  options: ShapeOptions,
): Position[][] | undefined {
  const [outer, ...holes] = rings.map((r) => roundRing(r, boxes, options));
  if (!outer) return undefined;
  return [outer, ...holes.filter((h): h is Position[] => h !== undefined)];
}

/**
 * The world's countries for the map, prepared at build time: 1:50m detail where the story's
 * countries are, simplified elsewhere, ready for MapLibre's flat projection (countriesFromTopology)
 * and rounded. Simplifying the topology's shared arcs, not each country, keeps every border one line:
 * where detail changes, both neighbours change together. A country whose every part vanishes is
 * kept at its unsimplified shape rather than lost.
 */
export function worldShapes(
  topology: Topology,
  storyIsos: ReadonlySet<string>,
  options: ShapeOptions = SHAPE_OPTIONS,
): WorldCountries {
  const full = countriesFromTopology(topology);
  const boxes = storyBoxes(full, storyIsos, options.margin);
  const simple = countriesFromTopology(simplifyTopology(topology, boxTolerance(boxes, options.fine, options.coarse)));
  const features = simple.features.flatMap((f, i) => {
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .map((p) => roundPolygon(p, boxes, options))
      .filter((p): p is Position[][] => p !== undefined);
    if (polygons.length === 0) {
      const original = full.features[i];
      return original ? [original] : [];
    }
    const geometry =
      polygons.length === 1 && polygons[0]
        ? { type: 'Polygon' as const, coordinates: polygons[0] }
        : { type: 'MultiPolygon' as const, coordinates: polygons };
    return [{ ...f, geometry }];
  });
  return { type: 'FeatureCollection', features };
}

/** A story's shapes as the file the app fetches, from world-atlas and the story's ISO codes (run in a
 * worker thread by the build: see buildWorker). */
export function worldShapesFile(isos: readonly string[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(worldShapes(readWorldTopology(), new Set(isos))));
}
