import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countriesFromTopology, type WorldCountries } from '../../../src/map/worldGeometry.ts';
import { SHAPE_OPTIONS, storyBoxes, worldShapes } from '../../../scripts/lib/worldShapes.ts';
import { inAnyBox } from '../../../scripts/lib/simplifyArcs.ts';

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const full = countriesFromTopology(world);
// Albania and Iran are in the story; Greece (Albania's neighbour), Chile and Argentina are not.
const STORY = new Set(['008', '364']);
const shapes = worldShapes(world, STORY);

const vertices = (countries: WorldCountries, iso: string): Position[] =>
  countries.features
    .filter((f) => f.properties.iso === iso)
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
const keyOf = (p: Position) => `${p[0]},${p[1]}`;
const keys = (ps: Position[]) => new Set(ps.map(keyOf));
const pointCount = (countries: WorldCountries) =>
  countries.features.reduce(
    (n, f) =>
      n +
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
        .flat(1)
        .reduce((m, r) => m + r.length, 0),
    0,
  );

describe('worldShapes: coarse for the world, 1:50m for the story', () => {
  it('keeps every country of the 1:50m world, by its ISO code', () => {
    expect(shapes.features.map((f) => f.properties.iso).sort()).toEqual(
      full.features.map((f) => f.properties.iso).sort(),
    );
  });

  it('keeps the story countries at their 1:50m detail (but for points rounding made repeat)', () => {
    for (const iso of STORY) expect(vertices(shapes, iso).length).toBeGreaterThan(0.9 * vertices(full, iso).length);
  });

  it('cuts the rest of the world down to well under half its points', () => {
    expect(pointCount(shapes)).toBeLessThan(0.5 * pointCount(full));
    const chile = vertices(shapes, '152').length;
    expect(chile).toBeLessThan(0.5 * vertices(full, '152').length);
  });

  it('keeps each border one line: a border point of one neighbour is a point of the other', () => {
    // Albania–Greece is where detail is kept; Chile–Argentina is where it is cut.
    for (const [a, b] of [
      ['008', '300'],
      ['152', '032'],
    ] as const) {
      const original = keys(vertices(full, a));
      const border = new Set([...keys(vertices(full, b))].filter((k) => original.has(k)));
      expect(border.size).toBeGreaterThan(10);
      const aNow = keys(vertices(shapes, a));
      const bNow = keys(vertices(shapes, b));
      // Rounding moves points alike on both sides; compare the rounded border points each kept.
      const round = (k: string) => {
        const [x = 0, y = 0] = k.split(',').map(Number);
        const f =
          10 **
          (inAnyBox(storyBoxes(full, STORY, SHAPE_OPTIONS.margin), x, y)
            ? SHAPE_OPTIONS.fineDecimals
            : SHAPE_OPTIONS.coarseDecimals);
        return `${Math.round(x * f) / f},${Math.round(y * f) / f}`;
      };
      const borderNow = new Set([...border].map(round));
      const keptByA = [...aNow].filter((k) => borderNow.has(k));
      const keptByB = [...bNow].filter((k) => borderNow.has(k));
      expect(keptByA.length).toBeGreaterThan(1);
      expect(new Set(keptByA)).toEqual(new Set(keptByB));
    }
  });

  it('gives a part past ±180° its box on both sides of the antimeridian, where its raw points lie', () => {
    // Unwrapped for the flat map, an island across the antimeridian runs from 179° to 181°; the raw
    // arcs the simplifier reads have it at 179° and at -179°.
    const island: WorldCountries = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso: '242', name: 'Fiji' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [179, -17],
                [181, -17],
                [181, -16],
                [179, -16],
                [179, -17],
              ],
            ],
          },
        },
      ],
    };
    const boxes = storyBoxes(island, new Set(['242']), 0.5);
    expect(inAnyBox(boxes, 179.5, -16.5)).toBe(true);
    expect(inAnyBox(boxes, -179.5, -16.5)).toBe(true);
    expect(inAnyBox(boxes, -170, -16.5)).toBe(false);
  });
});
