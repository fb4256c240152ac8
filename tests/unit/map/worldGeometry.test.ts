import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { closePolarRing, countriesFromTopology, unwrapRing } from '../../../src/map/worldGeometry.ts';

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;

/** Largest longitude step between consecutive points, leaving out the closure along a pole
 * (both ends at the edge of the Mercator world, where a horizontal run is what is wanted). */
function maxStep(ring: number[][]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] ?? [0, 0];
    const b = ring[i] ?? [0, 0];
    if (Math.abs(a[1] ?? 0) > 85 && Math.abs(b[1] ?? 0) > 85) continue;
    max = Math.max(max, Math.abs((b[0] ?? 0) - (a[0] ?? 0)));
  }
  return max;
}

describe('unwrapRing', () => {
  it('keeps a ring that crosses the antimeridian continuous instead of jumping 360°', () => {
    const ring = [
      [179, 60],
      [-179, 60],
      [-179, 62],
      [179, 62],
      [179, 60],
    ];
    const out = unwrapRing(ring);
    expect(out.map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
  });

  it('leaves an ordinary ring unchanged', () => {
    const ring = [
      [19, 40],
      [21, 40],
      [21, 42],
      [19, 42],
      [19, 40],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('closePolarRing', () => {
  it('closes a ring that circles the south pole along the pole, not across the map', () => {
    const ring = unwrapRing([
      [-180, -70],
      [-90, -72],
      [0, -70],
      [90, -71],
      [180, -70],
    ]);
    const out = closePolarRing(ring);
    expect(out.at(-3)?.[1]).toBeLessThan(-85);
    expect(out.at(-2)?.[1]).toBeLessThan(-85);
    expect(out.at(-1)).toEqual(out[0]);
  });
});

describe('countriesFromTopology', () => {
  const fc = countriesFromTopology(world);

  it('has no ring with a step of 180° or more (no bands across the map)', () => {
    for (const f of fc.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const poly of polys) for (const ring of poly) expect(maxStep(ring), f.properties.name).toBeLessThan(180);
    }
  });

  it('carries the ISO numeric code in properties for the nine countries', () => {
    const isos = new Set(fc.features.map((f) => f.properties.iso));
    for (const code of ['008', '364', '840', '376', '682', '784', '400', '414', '196'])
      expect(isos.has(code), code).toBe(true);
  });

  it('returns an empty collection for a topology without countries', () => {
    expect(countriesFromTopology({ type: 'Topology', objects: {}, arcs: [] }).features).toEqual([]);
  });
});
