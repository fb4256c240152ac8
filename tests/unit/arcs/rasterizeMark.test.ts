import { describe, expect, it } from 'vitest';
import { KIND_MARK, MARK_BOX } from '../../../src/arcs/kindMarks.ts';
import { pathRings, rasterizeMark } from '../../../src/arcs/rasterizeMark.ts';
import { RELATION_KINDS } from '../../../src/story/vocabulary.ts';

/** The alpha of pixel (x, y). */
const alpha = (m: ReturnType<typeof rasterizeMark>, x: number, y: number) => m.data[(y * m.width + x) * 4 + 3] ?? -1;

describe('pathRings', () => {
  it('reads M, L, H, V and Z into closed outlines, one per subpath', () => {
    expect(pathRings('M3 5 H8 V27 H3 Z M29 16 L13 6 L16 16 Z')).toEqual([
      [
        [3, 5],
        [8, 5],
        [8, 27],
        [3, 27],
      ],
      [
        [29, 16],
        [13, 6],
        [16, 16],
      ],
    ]);
  });

  it('turns two half-circle arcs into a ring on the circle', () => {
    const [ring] = pathRings('M2 16 A5 5 0 1 0 12 16 A5 5 0 1 0 2 16 Z');
    expect(ring?.length).toBeGreaterThan(30);
    for (const [x, y] of ring ?? []) expect(Math.hypot(x - 7, y - 16)).toBeCloseTo(5, 6);
  });

  it('refuses what it cannot draw (curves, elliptic arcs) instead of drawing it wrong', () => {
    expect(() => pathRings('M0 0 C1 1 2 2 3 3 Z')).toThrow(/command "C"/u);
    expect(() => pathRings('M0 0 A5 3 0 1 0 10 0 Z')).toThrow(/circular/u);
  });
});

describe('rasterizeMark', () => {
  it('fills the inside of a shape fully, leaves the outside empty and shades the edges between', () => {
    const m = rasterizeMark('M4 4 H28 V28 H4 Z', 32);
    expect([m.width, m.height, m.data.length]).toEqual([32, 32, 32 * 32 * 4]);
    expect(alpha(m, 16, 16)).toBe(255);
    expect(alpha(m, 1, 1)).toBe(0);
    // Half a pixel of a square drawn from x = 4.5 covers half of pixel 4.
    expect(alpha(rasterizeMark('M4.5 4 H28 V28 H4.5 Z', 32), 4, 16)).toBe(128);
    // Drawn white, transparent black where nothing is, as a canvas reads back.
    expect([...m.data.subarray((16 * 32 + 16) * 4, (16 * 32 + 16) * 4 + 4)]).toEqual([255, 255, 255, 255]);
    expect([...m.data.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
  });

  it('leaves a hole where subpaths overlap, by the even-odd rule (the hollow accusation head)', () => {
    const m = rasterizeMark(KIND_MARK.accusation, MARK_BOX);
    // Between the outer and inner triangles: drawn. Inside the inner one: empty.
    expect(alpha(m, 7, 16)).toBe(255);
    expect(alpha(m, 15, 16)).toBe(0);
  });

  it('draws a round dot: its centre filled, the corners of its box empty', () => {
    const m = rasterizeMark(KIND_MARK.response, MARK_BOX);
    expect(alpha(m, 7, 15)).toBe(255);
    expect(alpha(m, 2, 11)).toBe(0);
    expect(alpha(m, 11, 20)).toBe(0);
  });

  it('draws every kind, each with ink and each unlike the others', () => {
    const seen = new Set<string>();
    for (const kind of RELATION_KINDS) {
      const m = rasterizeMark(KIND_MARK[kind], MARK_BOX);
      const ink = m.data.filter((_, i) => i % 4 === 3).reduce((sum, a) => sum + a, 0) / 255;
      expect(ink, kind).toBeGreaterThan(60);
      seen.add(m.data.join(','));
    }
    expect(seen.size).toBe(RELATION_KINDS.length);
  });
});
