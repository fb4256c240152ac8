import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxDistance,
  DOT_RADIUS,
  otherLandShare,
  perPixel,
  placeLabels,
  sampledWithin,
  separateDots,
  type LabelLand,
  type LabelRequest,
  type LandAt,
} from '../../../src/map/labelLayout.ts';

/** A toy map's land for the layout: `at` as given, `within` sampled at every pixel. */
const toy = (at: LandAt): LabelLand => ({ at, within: sampledWithin(at, 1) });

const view = { width: 1280, height: 800 };
const box = (p: { left: number; top: number }, r: LabelRequest) => ({
  left: p.left,
  top: p.top,
  right: p.left + r.width,
  bottom: p.top + r.height,
});
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Distance (px) from a point to the nearest point of a box. */
const gap = (x: number, y: number, b: ReturnType<typeof box>) =>
  Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));

describe('placeLabels', () => {
  it('puts a lone label at the top right of its point (Imhof’s first position), snug against its dot', () => {
    const r = { id: 'a', x: 100, y: 100, width: 60, height: 30 };
    const [p] = placeLabels([r], view);
    expect(p?.shown).toBe(true);
    const b = box(p ?? { left: 0, top: 0 }, r);
    expect(b.left).toBeGreaterThan(100);
    expect(b.bottom).toBeLessThan(100);
    expect(gap(100, 100, b)).toBeLessThanOrEqual(DOT_RADIUS + 2);
  });

  it('takes the next preferred position (top left) when the first would leave the frame', () => {
    const r = { id: 'a', x: 1270, y: 400, width: 80, height: 30 };
    const [p] = placeLabels([r], view);
    const b = box(p ?? { left: 0, top: 0 }, r);
    expect(b.right).toBeLessThanOrEqual(1270);
    expect(b.bottom).toBeLessThanOrEqual(400);
  });

  it('in a crowded cluster keeps every shown label next to its own point, drops the rest by rank, and overlaps nothing', () => {
    // Screen positions of the Levant and the Gulf at world scale: 10 to 20 px apart.
    const pts: LabelRequest[] = [
      ['IRN', 760, 300],
      ['ISR', 700, 305],
      ['JOR', 712, 306],
      ['CYP', 698, 290],
      ['KWT', 735, 312],
      ['SAU', 730, 330],
      ['ARE', 755, 332],
    ].map(([id, x, y]) => ({ id: String(id), x: Number(x), y: Number(y), width: 90, height: 44 }));
    const out = placeLabels(pts, view);
    const shown = out.filter((p) => p.shown);
    expect(shown[0]?.id).toBe('IRN');
    expect(shown.length).toBeLessThan(pts.length);
    for (const p of shown) {
      const r = pts.find((q) => q.id === p.id);
      if (!r) throw new Error(p.id);
      expect(gap(r.x, r.y, box(p, r)), p.id).toBeLessThanOrEqual(DOT_RADIUS + 10 + 1);
      for (const q of shown) if (q.id !== p.id) expect(overlap(box(p, r), box(q, r)), `${p.id}/${q.id}`).toBe(false);
    }
  });

  it('hides the label of a place off the frame instead of pinning it to the edge', () => {
    const [p] = placeLabels([{ id: 'usa', x: -300, y: 200, width: 90, height: 44 }], view);
    expect(p?.shown).toBe(false);
  });

  it('keeps labels off the map’s own controls', () => {
    const reserved = [{ left: 0, top: 0, right: 200, bottom: 200 }];
    const r = { id: 'a', x: 150, y: 150, width: 60, height: 30 };
    const [p] = placeLabels([r], view, reserved);
    if (p?.shown) expect(overlap(box(p, r), { left: 0, top: 0, right: 200, bottom: 200 })).toBe(false);
  });

  it('is deterministic, never overlaps two shown labels, and shows each one near its point, whatever the input', () => {
    const req = fc.record({
      x: fc.integer({ min: 0, max: 1280 }),
      y: fc.integer({ min: 0, max: 800 }),
      width: fc.integer({ min: 10, max: 200 }),
      height: fc.integer({ min: 10, max: 80 }),
    });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 14 }), (rs) => {
        const requests = rs.map((r, i) => ({ ...r, id: `l${i}` }));
        const a = placeLabels(requests, view);
        expect(a.map((p) => p.id)).toEqual(requests.map((r) => r.id));
        expect(placeLabels(requests, view)).toEqual(a);
        const shown = a.flatMap((p, i) => (p.shown && requests[i] ? [{ p, r: requests[i] }] : []));
        for (const { p, r } of shown) {
          expect(gap(r.x, r.y, box(p, r))).toBeLessThanOrEqual(DOT_RADIUS + 10 + 1);
          for (const o of shown) if (o.p.id !== p.id) expect(overlap(box(p, r), box(o.p, o.r))).toBe(false);
        }
      }),
    );
  });
});

describe('separateDots', () => {
  it('parts Israel and Jordan, whose dots overlapped by three quarters, with short leaders', () => {
    const out = separateDots([
      { id: 'ISR', x: 700, y: 305 },
      { id: 'JOR', x: 704, y: 306 },
    ]);
    const [a, b] = out;
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(2 * DOT_RADIUS);
    expect(out.some((d) => d.moved)).toBe(true);
    expect(Math.hypot((b?.x ?? 0) - 704, (b?.y ?? 0) - 306)).toBeLessThan(4 * DOT_RADIUS);
  });

  it('leaves dots that do not touch where they are', () => {
    const out = separateDots([
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
    ]);
    expect(out.every((d) => !d.moved)).toBe(true);
  });

  it('leaves no two dots overlapping, even several on one spot, deterministically', () => {
    const pt = fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 8 }), (ps) => {
        const points = ps.map((p, i) => ({ ...p, id: `d${i}` }));
        const out = separateDots(points);
        expect(separateDots(points)).toEqual(out);
        for (let i = 0; i < out.length; i++) {
          for (let j = i + 1; j < out.length; j++) {
            const a = out[i];
            const b = out[j];
            if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * DOT_RADIUS);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('placeLabels for the selection', () => {
  it('shows a required label even where every free spot is taken by other dots, never over another label', () => {
    // A point ringed by dots on every side, at the frame's right edge.
    const ring = [
      [-20, 0],
      [-20, -20],
      [-20, 20],
      [0, -22],
      [0, 22],
    ].map(([dx, dy], i) => ({ id: `d${i}`, x: 1260 + (dx ?? 0), y: 400 + (dy ?? 0), width: 1, height: 1 }));
    const plain = placeLabels([{ id: 'sel', x: 1260, y: 400, width: 60, height: 30 }, ...ring], view);
    const required = placeLabels(
      [{ id: 'sel', x: 1260, y: 400, width: 60, height: 30, required: true, insist: true }, ...ring],
      view,
    );
    expect(plain[0]?.shown).toBe(false);
    expect(required[0]?.shown).toBe(true);
  });
});

describe('placeLabels weights', () => {
  it('lays a required label over a place the selection does not touch rather than over a partner', () => {
    const sel = { id: 'sel', x: 1260, y: 400, width: 60, height: 30, required: true, insist: true };
    // A partner up-left, a bystander down-left: both spots are otherwise free.
    const partner = { id: 'partner', x: 1215, y: 380, width: 1, height: 1, weight: 10 };
    const bystander = { id: 'bystander', x: 1215, y: 420, width: 1, height: 1, weight: 1 };
    const [p] = placeLabels(
      [
        sel,
        partner,
        bystander,
        { id: 'up', x: 1240, y: 360, width: 1, height: 1 },
        { id: 'down', x: 1240, y: 440, width: 1, height: 1 },
      ],
      view,
    );
    expect(p?.shown).toBe(true);
    const covers = (x: number, y: number) =>
      (p?.left ?? 0) < x + DOT_RADIUS &&
      x - DOT_RADIUS < (p?.left ?? 0) + 60 &&
      (p?.top ?? 0) < y + DOT_RADIUS &&
      y - DOT_RADIUS < (p?.top ?? 0) + 30;
    expect(covers(1215, 380)).toBe(false);
  });
});

describe('placeLabels over land', () => {
  // A toy map: the place's own country fills x < 200, a neighbour fills x >= 200 above y = 100,
  // and below y = 100 east of 200 is open sea.
  const landAt: LandAt = (x, y) => (x < 200 ? 'own' : y < 100 ? 'neighbour' : undefined);
  const land = toy(landAt);

  const none = new Set<string>();
  const share = (b: { left: number; top: number; right: number; bottom: number }) =>
    otherLandShare(b, 'own', none, landAt);

  it('otherLandShare counts the share of a box over land that is no place of the story, never the sea or the place’s own land', () => {
    expect(share({ left: 0, top: 0, right: 100, bottom: 50 })).toBe(0);
    expect(share({ left: 300, top: 200, right: 400, bottom: 250 })).toBe(0);
    expect(share({ left: 300, top: 0, right: 400, bottom: 50 })).toBe(1);
    expect(share({ left: 150, top: 0, right: 250, bottom: 50 })).toBeCloseTo(0.6); // columns at 160, 180 | 200, 220, 240
    expect(otherLandShare({ left: 300, top: 0, right: 400, bottom: 50 }, undefined, none, landAt)).toBe(1);
    // Another place's land is not weighed here: the layout keeps labels off it altogether.
    expect(otherLandShare({ left: 300, top: 0, right: 400, bottom: 50 }, 'own', new Set(['neighbour']), landAt)).toBe(
      0,
    );
  });

  it('leaves Imhof’s first position for one that lies off a neighbour’s land', () => {
    // At the border: top right and top left would lie over the neighbour or straddle the border;
    // bottom right lies over the sea.
    const r = { id: 'a', x: 200, y: 100, width: 60, height: 30, own: 'own' };
    const [withLand] = placeLabels([r], view, [], land);
    const b = box(withLand ?? { left: 0, top: 0 }, r);
    expect(share(b)).toBe(0);
    expect(gap(200, 100, b)).toBeLessThanOrEqual(DOT_RADIUS + 10);
    // Without land it keeps the top right, which lies over the neighbour.
    const [without] = placeLabels([r], view);
    expect(share(box(without ?? { left: 0, top: 0 }, r))).toBeGreaterThan(0.5);
  });

  it('keeps Imhof’s first position when it is clear of every neighbour', () => {
    const r = { id: 'a', x: 100, y: 300, width: 60, height: 30, own: 'own' };
    expect(placeLabels([r], view, [], land)).toEqual(placeLabels([r], view));
  });

  it('takes the spot with the least foreign land when every spot has some', () => {
    const stripes: LandAt = (x) => (x < 100 ? 'own' : x < 130 ? 'other' : 'third');
    const r = { id: 'a', x: 100, y: 300, width: 60, height: 30, own: 'own' };
    const [p] = placeLabels([r], view, [], toy(stripes));
    const b = box(p ?? { left: 0, top: 0 }, r);
    // The left-hand positions lie over the place's own land.
    expect(b.right).toBeLessThanOrEqual(100);
  });

  it('never lays a label over another place’s land, not even a strip of it between two samples', () => {
    // A sliver of another place's land, 3 px wide, where Imhof's first spot would lie: a 5 x 3 sample
    // of the box misses it, the exact test does not.
    const sliver: LandAt = (x) => (x >= 131 && x < 134 ? 'story' : x < 100 ? 'own' : undefined);
    const requests = [
      { id: 'a', x: 100, y: 300, width: 60, height: 30, own: 'own' },
      { id: 'b', x: 20, y: 700, width: 40, height: 20, own: 'story' },
    ];
    const [p] = placeLabels(requests, view, [], toy(sliver));
    const b = box(p ?? { left: 0, top: 0 }, { id: 'a', x: 100, y: 300, width: 60, height: 30 });
    expect(p?.shown).toBe(true);
    expect(b.right <= 131 || b.left >= 134).toBe(true);
  });

  it('drops a label that could only lie beside its dot on another place’s land; the selection’s stands out on a leader over free land', () => {
    // Another place's land all round the dot, for 40 px; the sea beyond.
    const ringed: LandAt = (x, y) =>
      Math.hypot(x - 300, y - 300) < 6 ? 'own' : Math.hypot(x - 300, y - 300) < 40 ? 'story' : undefined;
    const requests = [
      { id: 'a', x: 300, y: 300, width: 60, height: 30, own: 'own' },
      { id: 'b', x: 20, y: 700, width: 40, height: 20, own: 'story' },
    ];
    const plain = placeLabels(requests, view, [], toy(ringed));
    expect(plain[0]?.shown).toBe(false);
    const [a, b] = requests;
    if (!a || !b) throw new Error('two requests');
    const [selected] = placeLabels([{ ...a, required: true }, b], view, [], toy(ringed));
    expect(selected?.shown).toBe(true);
    const placed = box(selected ?? { left: 0, top: 0 }, a);
    expect(sampledWithin(ringed, 1)(placed, new Set(['story'])).size).toBe(0);
    // Its leader runs from its dot's edge to its box.
    const leader = selected?.leader;
    expect(leader).toBeDefined();
    expect(Math.hypot((leader?.x1 ?? 0) - 300, (leader?.y1 ?? 0) - 300)).toBeCloseTo(DOT_RADIUS);
    expect(boxDistance(placed, leader?.x2 ?? 0, leader?.y2 ?? 0)).toBeCloseTo(0);
  });

  it('keeps its own dot the nearest to a label: no label on the far side of a neighbour’s dot', () => {
    // A neighbour's dot just above the top right spot: clear of it, but nearer to it than the
    // label's own dot is.
    const requests = [
      { id: 'a', x: 100, y: 300, width: 60, height: 30 },
      { id: 'b', x: 140, y: 254, width: 1, height: 1 },
    ];
    const [p] = placeLabels(requests, view);
    const b = box(p ?? { left: 0, top: 0 }, { id: 'a', x: 100, y: 300, width: 60, height: 30 });
    expect(p?.shown).toBe(true);
    expect(boxDistance(b, 100, 300)).toBeLessThan(boxDistance(b, 140, 254));
    // Without the neighbour, Imhof's first spot: to its right.
    const [alone] = placeLabels([requests[0] ?? { id: 'a', x: 0, y: 0, width: 0, height: 0 }], view);
    expect(alone?.left).toBeGreaterThan(100);
    expect(p?.left).toBeLessThan(100);
  });
});

describe('perPixel', () => {
  it('asks the lookup once per whole pixel and answers every point in that pixel the same', () => {
    const asked: string[] = [];
    const landAt = perPixel((x, y) => {
      asked.push(`${x},${y}`);
      return x < 10 ? '008' : undefined;
    });
    expect(landAt(3.2, 4.4)).toBe('008');
    expect(landAt(2.6, 3.6)).toBe('008');
    expect(landAt(12.2, 4)).toBeUndefined();
    expect(landAt(11.8, 4.1)).toBeUndefined();
    expect(asked).toEqual(['3,4', '12,4']);
  });
});
