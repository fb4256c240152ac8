import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxTolerance, decodeArcs, simplifyArc } from '../../../scripts/lib/simplifyArcs.ts';

// Distance from p to segment a–b with the same east-west shrinking the simplifier uses.
function distance(p: Position, a: Position, b: Position): number {
  const k = Math.cos((((a[1] ?? 0) + (b[1] ?? 0) + (p[1] ?? 0)) / 3) * (Math.PI / 180));
  const [ax, ay, bx, by, px, py] = [(a[0] ?? 0) * k, a[1] ?? 0, (b[0] ?? 0) * k, b[1] ?? 0, (p[0] ?? 0) * k, p[1] ?? 0];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const s = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - s * dx, py - ay - s * dy);
}

const zigzag = (n: number, amplitude: number): Position[] =>
  Array.from({ length: n }, (_, i) => [i * 0.1, (i % 2) * amplitude]);

describe('simplifyArc', () => {
  it('keeps both ends of an arc, where it meets its neighbours', () => {
    const out = simplifyArc(zigzag(50, 0.001), () => 1);
    expect(out).toEqual([
      [0, 0],
      [4.9, 0.001],
    ]);
  });

  it('drops wiggles smaller than the tolerance and keeps larger ones', () => {
    expect(simplifyArc(zigzag(21, 0.01), () => 0.05)).toHaveLength(2);
    expect(simplifyArc(zigzag(21, 0.1), () => 0.05)).toHaveLength(21);
  });

  it('keeps the detail inside a fine box even within a long coarse stretch', () => {
    const arc = zigzag(101, 0.01);
    const tolerance = boxTolerance([{ west: 4.95, east: 6.05, south: -1, north: 1 }], 0.001, 1);
    const out = simplifyArc(arc, tolerance);
    const inBox = arc.filter(([x = 0]) => x >= 4.95 && x <= 6.05);
    for (const p of inBox) expect(out).toContainEqual(p);
    expect(out.length).toBeLessThan(inBox.length + 6);
  });

  it('keeps a closed ring (an island) a ring of at least four points', () => {
    const ring: Position[] = [
      [0, 0],
      [0.001, 0.0005],
      [0.002, 0],
      [0.001, -0.0005],
      [0, 0],
    ];
    const out = simplifyArc(ring, () => 1);
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(out[0]).toEqual(out[out.length - 1]);
  });

  it('leaves every dropped point within its own tolerance of the line that replaced it', () => {
    const point = fc.tuple(
      fc.double({ min: -60, max: 60, noNaN: true }),
      fc.double({ min: -60, max: 60, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 3, maxLength: 60 }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (points, tol) => {
          const arc: Position[] = points.map(([x, y]) => [x, y]);
          // A tolerance that changes across the plane, as near and far from a story do.
          const tolerance = (lon: number) => (lon > 0 ? tol : tol / 10);
          const out = simplifyArc(arc, tolerance);
          let j = 0;
          for (let i = 0; i < arc.length; i++) {
            const p = arc[i] ?? [0, 0];
            const a = out[j] ?? [0, 0];
            if (a[0] === p[0] && a[1] === p[1] && j < out.length - 1) {
              j += 1;
              continue;
            }
            if (i === arc.length - 1) continue;
            const b = out[j] ?? [0, 0];
            const prev = out[j - 1] ?? a;
            if (distance(p, prev, b) > tolerance(p[0] ?? 0) + 1e-9) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe('decodeArcs', () => {
  it('undoes the quantized delta encoding of a topology', () => {
    const arcs = decodeArcs({
      type: 'Topology',
      transform: { scale: [0.5, 2], translate: [10, -5] },
      arcs: [
        [
          [0, 0],
          [2, 1],
          [-1, 3],
        ],
      ],
      objects: {},
    });
    expect(arcs).toEqual([
      [
        [10, -5],
        [11, -3],
        [10.5, 3],
      ],
    ]);
  });
});
