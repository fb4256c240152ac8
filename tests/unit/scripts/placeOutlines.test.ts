import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { placeOutlines } from '../../../scripts/lib/placeOutlines.ts';
import { countriesFromTopology } from '../../../src/map/worldGeometry.ts';

const world = countriesFromTopology(
  JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology,
);
const outlines = placeOutlines(world, [
  { iso: '840', anchor: [-98.6, 39.3] },
  { iso: '682', anchor: [44.6, 24.2] },
  { iso: '196', anchor: [33.1, 35.05] },
  { iso: '784', anchor: [54.3, 23.7] },
]);

describe('placeOutlines: the box of a country as the camera frames it', () => {
  it('frames the United States as its 48 states: Alaska and Hawaii are far from the part its dot is on', () => {
    const [[w, s], [e, n]] = outlines['840'] ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeGreaterThan(-126);
    expect(w).toBeLessThan(-123);
    expect(e).toBeGreaterThan(-68);
    expect(e).toBeLessThan(-66);
    expect(s).toBeGreaterThan(24);
    expect(n).toBeLessThan(50);
  });

  it('holds the whole of Saudi Arabia, coast to coast, not only the point of its dot', () => {
    const [[w, s], [e, n]] = outlines['682'] ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeLessThan(35.5);
    expect(e).toBeGreaterThan(55);
    expect(s).toBeLessThan(17);
    expect(n).toBeGreaterThan(32);
  });

  it('keeps the islands near a coast with their country (the Emirates’ islands in the Gulf)', () => {
    const mainOnly = placeOutlines(
      {
        ...world,
        features: world.features.map((f) =>
          f.properties.iso === '784' && f.geometry.type === 'MultiPolygon'
            ? { ...f, geometry: { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.slice(0, 1) } }
            : f,
        ),
      },
      [{ iso: '784', anchor: [54.3, 23.7] }],
    );
    const all = outlines['784'];
    expect(all).toBeDefined();
    expect(mainOnly['784']).toBeDefined();
    // The whole box holds the main part's box.
    expect(all?.[0][0]).toBeLessThanOrEqual(mainOnly['784']?.[0][0] ?? 0);
    expect(all?.[1][0]).toBeGreaterThanOrEqual(mainOnly['784']?.[1][0] ?? 0);
  });

  it('gives an island country its own island (Cyprus), and nothing for a code with no shape', () => {
    const [[w, s], [e, n]] = outlines['196'] ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeGreaterThan(32);
    expect(e).toBeLessThan(34.7);
    expect(s).toBeGreaterThan(34.4);
    expect(n).toBeLessThan(35.8);
    expect(placeOutlines(world, [{ iso: '999', anchor: [0, 0] }])).toEqual({});
  });
});
