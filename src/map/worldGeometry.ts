import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties MapLibre sees on each country: ISO numeric code (or '' where Natural Earth has none). */
export interface CountryProps {
  readonly iso: string;
  readonly name: string;
}

// Mercator cannot reach the poles; rings closed through a pole stop at MapLibre's own limit.
const POLE_LAT = 85.051129;

/**
 * Unwraps a ring's longitudes so that no two consecutive points are 180° or more apart.
 *
 * world-atlas is made for d3's spherical rendering: a ring that crosses the antimeridian (Russia's
 * Chukotka, Fiji) jumps from 180 to -180. Drawn flat, that jump is a band across the whole map.
 * After unwrapping the ring runs past ±180 instead, which MapLibre wraps into the next world copy.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  ring.forEach((p, i) => {
    const [lon = 0, lat = 0] = p;
    if (i > 0) {
      const prev = ring[i - 1]?.[0] ?? lon;
      const delta = lon - prev;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  });
  return out;
}

/**
 * Closes a ring that circles a pole (Antarctica): after unwrapping its ends are 360° apart, so it
 * is closed along the pole's latitude instead of straight back across the map.
 */
export function closePolarRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return [...ring];
  const span = (last[0] ?? 0) - (first[0] ?? 0);
  if (Math.abs(span) < 180) return [...ring];
  const meanLat = ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length;
  const poleLat = meanLat < 0 ? -POLE_LAT : POLE_LAT;
  return [...ring, [last[0] ?? 0, poleLat], [first[0] ?? 0, poleLat], first];
}

function fixPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring) =>
    closePolarRing(unwrapRing(ring)).map(([lon = 0, lat = 0]) => [lon, Math.max(-POLE_LAT, Math.min(POLE_LAT, lat))]),
  );
}

/** Country shapes from a world-atlas topology, ready for MapLibre's flat projection. */
export function countriesFromTopology(
  topology: Topology,
  objectName = 'countries',
): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
  const object = topology.objects[objectName] as GeometryCollection<{ name?: string }> | undefined;
  if (!object) return { type: 'FeatureCollection', features: [] };
  const fc = feature(topology, object);
  const features: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  for (const f of fc.features) {
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (!g) continue;
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: fixPolygon(g.coordinates) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map(fixPolygon) };
    // MapLibre drops string feature ids: the ISO code travels in properties instead.
    const iso = typeof f.id === 'string' ? f.id : '';
    features.push({ type: 'Feature', properties: { iso, name: f.properties.name ?? '' }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

/** Country shapes prepared for MapLibre. */
export type WorldCountries = FeatureCollection<Polygon | MultiPolygon, CountryProps>;
