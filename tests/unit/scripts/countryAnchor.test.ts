import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryAnchor } from '../../../scripts/lib/countryAnchor.ts';
import { countryShapes, worldGeography } from '../../../scripts/lib/worldGeography.ts';

const SHAPES = countryShapes();
const GEOGRAPHY = worldGeography(SHAPES);
const shapesOf = (iso: string) => SHAPES.get(iso) ?? [];

/** A feature of one polygon; the ring runs clockwise, as d3 wants an outer ring on the sphere. */
function polygon(ring: [number, number][]): Feature<Polygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('countryAnchor', () => {
  it('puts every country of world-atlas 50m on its own land, as the checker tests it', () => {
    for (const [iso, fs] of SHAPES) {
      const anchor = countryAnchor(fs);
      expect(anchor, iso).toBeDefined();
      expect(GEOGRAPHY.contains(iso, anchor ?? [0, 0]), iso).toBe(true);
      expect(Math.abs(anchor?.[1] ?? 90), iso).toBeLessThanOrEqual(84);
    }
  });

  it('uses the centroid of the largest part when it lies inside (Albania), rounded to 0.01°', () => {
    expect(countryAnchor(shapesOf('008'))).toEqual([20.05, 41.13]);
  });

  it('finds a point well inside when the centroid falls outside: a C-shaped country', () => {
    // A "C" open to the east: its centroid lies in the gap, outside the land.
    const c = polygon([
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 8],
      [2, 8],
      [2, 2],
      [10, 2],
      [10, 0],
      [0, 0],
    ]);
    expect(geoContains(c, geoCentroid(c))).toBe(false);
    const anchor = countryAnchor([c]);
    expect(anchor).toBeDefined();
    expect(geoContains(c, anchor ?? [0, 0])).toBe(true);
    // Not just inside but well inside: the bars of the "C" are 2° wide, and the point farthest
    // from the border (in a corner, where an inscribed circle is widest) has land all around it
    // for about 1°.
    const [x, y] = anchor ?? [0, 0];
    for (let a = 0; a < 8; a++) {
      const around: [number, number] = [x + 0.9 * Math.cos((a * Math.PI) / 4), y + 0.9 * Math.sin((a * Math.PI) / 4)];
      expect(geoContains(c, around), around.join(', ')).toBe(true);
    }
  });

  it('does so for Israel, whose centroid lies outside its Natural Earth shape (in the West Bank)', () => {
    const largest = shapesOf('376');
    expect(GEOGRAPHY.contains('376', geoCentroid(largest[0] ?? polygon([])))).toBe(false);
    expect(GEOGRAPHY.contains('376', countryAnchor(largest) ?? [0, 0])).toBe(true);
  });

  it('handles countries across the antimeridian (Fiji, Russia) and around a pole (Antarctica)', () => {
    for (const iso of ['242', '643', '010'])
      expect(GEOGRAPHY.contains(iso, countryAnchor(shapesOf(iso)) ?? [0, 0]), iso).toBe(true);
  });

  it('gives no anchor for no shape', () => {
    expect(countryAnchor([])).toBeUndefined();
  });
});
