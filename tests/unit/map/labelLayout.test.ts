import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, segmentCrossesBox, type LabelRequest } from '../../../src/map/labelLayout.ts';

const view = { width: 1280, height: 800 };

function boxesOverlap(a: { left: number; top: number; w: number; h: number }, b: { left: number; top: number; w: number; h: number }) {
  return a.left < b.left + b.w && b.left < a.left + a.w && a.top < b.top + b.h && b.top < a.top + a.h;
}

describe('placeLabels', () => {
  it('puts a lone label right beside its point, without a leader line', () => {
    const [p] = placeLabels([{ id: 'a', x: 100, y: 100, width: 60, height: 30 }], view);
    expect(p?.leader).toBe(false);
    expect(p?.left).toBeGreaterThan(100);
    expect(p?.left).toBeLessThan(120);
  });

  it('fans out a crowded cluster (the Levant and the Gulf) so no two labels overlap', () => {
    // Screen positions of the six earlier targets and Iran at a world view, 10-20 px apart.
    const pts: LabelRequest[] = [
      ['IRN', 760, 300], ['ISR', 700, 305], ['JOR', 712, 306], ['CYP', 698, 290], ['KWT', 735, 312], ['SAU', 730, 330], ['ARE', 755, 332],
    ].map(([id, x, y]) => ({ id: String(id), x: Number(x), y: Number(y), width: 90, height: 44 }));
    const out = placeLabels(pts, view);
    expect(out).toHaveLength(pts.length);
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) throw new Error('missing label');
        expect(boxesOverlap({ ...a, w: 90, h: 44 }, { ...b, w: 90, h: 44 }), `${a.id} / ${b.id}`).toBe(false);
      }
    }
    expect(out.some((p) => p.leader)).toBe(true);
    // No leader line runs through another label.
    for (const a of out) {
      if (!a.leader) continue;
      const r = pts.find((p) => p.id === a.id);
      if (!r) continue;
      const bx = Math.max(a.left, Math.min(r.x, a.left + 90));
      const by = Math.max(a.top, Math.min(r.y, a.top + 44));
      for (const b of out) {
        if (b.id === a.id) continue;
        const crosses = segmentCrossesBox(r.x, r.y, bx, by, { left: b.left, top: b.top, right: b.left + 90, bottom: b.top + 44 });
        expect(crosses, `${a.id}'s leader crosses ${b.id}`).toBe(false);
      }
    }
  });

  it('keeps a label near the right edge inside the viewport', () => {
    const [p] = placeLabels([{ id: 'a', x: 1270, y: 400, width: 80, height: 30 }], view);
    expect((p?.left ?? Infinity) + 80).toBeLessThanOrEqual(view.width);
  });

  it('places every requested label, deterministically, whatever the input', () => {
    const req = fc.record({ x: fc.integer({ min: 0, max: 1280 }), y: fc.integer({ min: 0, max: 800 }), width: fc.integer({ min: 10, max: 200 }), height: fc.integer({ min: 10, max: 80 }) });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 12 }), (rs) => {
        const requests = rs.map((r, i) => ({ ...r, id: `l${i}` }));
        const a = placeLabels(requests, view);
        expect(a.map((p) => p.id)).toEqual(requests.map((r) => r.id));
        expect(placeLabels(requests, view)).toEqual(a);
      }),
    );
  });
});

describe('placeLabels with reserved areas', () => {
  it('keeps labels off the map’s own buttons', () => {
    const reserved = [{ left: 0, top: 0, right: 200, bottom: 200 }];
    const [p] = placeLabels([{ id: 'a', x: 150, y: 150, width: 60, height: 30 }], view, reserved);
    const inside = (p?.left ?? 0) < 200 && (p?.top ?? 0) < 200;
    expect(inside).toBe(false);
  });
});

describe('segmentCrossesBox', () => {
  const box = { left: 10, top: 10, right: 20, bottom: 20 };
  it('finds a segment through the box and misses one beside it', () => {
    expect(segmentCrossesBox(0, 15, 30, 15, box)).toBe(true);
    expect(segmentCrossesBox(0, 0, 30, 5, box)).toBe(false);
    expect(segmentCrossesBox(0, 0, 5, 5, box)).toBe(false);
  });
});
