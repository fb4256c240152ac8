import { describe, expect, it } from 'vitest';
import {
  arrowHead,
  frameFor,
  placeLabels,
  ringPath,
  shapePaths,
  type ShapeFeature,
} from '../../../src/presentation/stepMap.ts';

const square = (w: number, s: number, e: number, n: number): ShapeFeature['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('frameFor', () => {
  it('fits the box inside the frame with its padding, centred, in Mercator’s proportions', () => {
    const frame = frameFor(
      [
        [19, 39],
        [63, 42],
      ],
      360,
      230,
      20,
    );
    const [x0, y0] = frame.project([19, 39]);
    const [x1, y1] = frame.project([63, 42]);
    // The wide box fills the width between the paddings; north is up.
    expect(x0).toBeCloseTo(20, 5);
    expect(x1).toBeCloseTo(340, 5);
    expect(y1).toBeLessThan(y0);
    expect((y0 + y1) / 2).toBeCloseTo(115, 5);
    // What the frame shows holds the box.
    expect(frame.shows[0][0]).toBeLessThanOrEqual(19);
    expect(frame.shows[1][1]).toBeGreaterThanOrEqual(42);
  });

  it('keeps a degree of latitude taller in the north than at the equator (Mercator)', () => {
    const frame = frameFor(
      [
        [0, 0],
        [10, 60],
      ],
      300,
      300,
      0,
    );
    const south = frame.project([0, 0])[1] - frame.project([0, 10])[1];
    const north = frame.project([0, 50])[1] - frame.project([0, 60])[1];
    expect(north).toBeGreaterThan(south * 1.5);
  });
});

describe('shapePaths', () => {
  const frame = frameFor(
    [
      [30, 25],
      [60, 40],
    ],
    360,
    230,
    20,
  );

  it('keeps the countries the frame shows and leaves out the far side of the world', () => {
    const shapes = shapePaths(
      [
        { properties: { iso: '364' }, geometry: square(44, 25, 63, 40) },
        { properties: { iso: '840' }, geometry: square(-125, 25, -67, 49) },
        { properties: { iso: '010' }, geometry: null },
      ],
      frame,
    );
    expect(shapes.map((s) => s.iso)).toEqual(['364']);
    expect(shapes[0]?.d).toMatch(/^M[\d.-]+ [\d.-]+(L[\d.-]+ [\d.-]+)+Z$/u);
  });

  it('drops a multipolygon’s parts outside the view but keeps its parts inside', () => {
    const [shape] = shapePaths(
      [
        {
          properties: { iso: '840' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              square(40, 30, 45, 35)?.coordinates ?? [],
              square(-125, 25, -67, 49)?.coordinates ?? [],
            ] as never,
          },
        },
      ],
      frame,
    );
    expect(shape?.d.match(/M/gu)).toHaveLength(1);
  });
});

describe('ringPath', () => {
  it('thins points closer than a pixel to the last one kept', () => {
    const frame = frameFor(
      [
        [0, 0],
        [10, 10],
      ],
      100,
      100,
      0,
    );
    const dense = Array.from({ length: 1000 }, (_, i) => [i / 100, 0] as const);
    const d = ringPath(dense, frame);
    expect((d.match(/L/gu) ?? []).length).toBeLessThan(150);
  });
});

describe('placeLabels', () => {
  it('puts each label beside its point, clear of the labels placed before it', () => {
    const placed = placeLabels(
      [
        { id: 'a', at: [100, 100], width: 60, height: 14 },
        { id: 'b', at: [100, 108], width: 60, height: 14 },
      ],
      360,
      230,
    );
    const [a, b] = placed.map((p) => p.box);
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    expect(a.left).toBeGreaterThan(100);
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlap).toBe(false);
  });

  it('leaves a label out rather than off the frame or over another', () => {
    const placed = placeLabels([{ id: 'edge', at: [355, 5], width: 300, height: 40 }], 360, 230);
    expect(placed[0]?.box).toBeNull();
  });
});

describe('arrowHead', () => {
  it('has its tip at the end of the line, pointing the line’s way', () => {
    const d = arrowHead([0, 0], [10, 0], 8);
    expect(d.startsWith('M10.0 0.0')).toBe(true);
    const xs = [...d.matchAll(/[ML]([\d.-]+) /gu)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBe(10);
    expect(Math.min(...xs)).toBeCloseTo(2, 5);
  });
});
