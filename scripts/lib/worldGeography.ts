import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geography } from '../../src/story/package/checkPackage.ts';
import { numericOfAlpha3 } from './countryCodes.ts';

/** The Natural Earth 1:50m countries the app draws, read from world-atlas. */
export function readWorldTopology(): Topology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

/** Country shapes by ISO numeric code; a code with several features (world-atlas has one) keeps all. */
export function countryShapes(topology: Topology = readWorldTopology()): Map<string, Feature[]> {
  const object = topology.objects['countries'] as GeometryCollection | undefined;
  const out = new Map<string, Feature[]>();
  if (!object) return out;
  for (const f of feature(topology, object).features) {
    if (typeof f.id !== 'string') continue;
    out.set(f.id, [...(out.get(f.id) ?? []), f]);
  }
  return out;
}

/** The checker's view of the world: whether a country's shapes contain a point (d3's spherical
 * test), and the ISO numeric code of an alpha-3 code (i18n-iso-countries), to catch codes that
 * disagree. */
export function worldGeography(shapes = countryShapes()): Geography {
  return {
    numericOf: numericOfAlpha3,
    contains: (iso, [lng, lat]) => {
      const fs = shapes.get(iso);
      if (!fs) return undefined;
      return fs.some((f) => geoContains(f, [lng, lat]));
    },
    countryAt: ([lng, lat]) => {
      for (const [iso, fs] of shapes) {
        const hit = fs.find((f) => geoContains(f, [lng, lat]));
        if (!hit) continue;
        const name = (hit.properties as { name?: unknown } | null)?.name;
        return { isoNumeric: iso, name: typeof name === 'string' ? name : iso };
      }
      return undefined;
    },
    nameOf: (iso) => {
      const name = (shapes.get(iso)?.[0]?.properties as { name?: unknown } | null | undefined)?.name;
      return typeof name === 'string' ? name : undefined;
    },
  };
}
