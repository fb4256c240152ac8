import { describe, expect, it } from 'vitest';
import { EDGE_MARKER, edgeMarkerSpot, spreadMarkers } from '../../../src/map/edgeMarkers.ts';

describe('edgeMarkerSpot', () => {
  it('gives no marker for a place on the frame', () => {
    expect(edgeMarkerSpot(100, 100, 800, 600, 20)).toBeNull();
  });

  it('puts a place far to the west on the left edge, pointing west', () => {
    const s = edgeMarkerSpot(-2000, 280, 800, 600, 20);
    expect(s?.side).toBe('left');
    expect(s?.x).toBeCloseTo(20, 5);
    expect(Math.abs(s?.angle ?? 0)).toBeGreaterThan(170);
  });

  it('stays inside the frame, on the side the place lies beyond', () => {
    for (const [x, y, side] of [
      [900, 300, 'right'],
      [400, -50, 'top'],
      [400, 5000, 'bottom'],
      [-10, 590, 'left'],
    ] as const) {
      const s = edgeMarkerSpot(x, y, 800, 600, 20);
      expect(s?.side, `${x},${y}`).toBe(side);
      expect(s && s.x >= 20 && s.x <= 780 && s.y >= 20 && s.y <= 580).toBe(true);
    }
  });
});

describe('spreadMarkers', () => {
  const left = (id: string, y: number) => ({ id, spot: { x: 20, y, angle: 180, side: 'left' as const } });

  it('moves markers on one side apart until none covers another, keeping their order', () => {
    const out = spreadMarkers(
      [
        left('USA', 300),
        left('mandiant', 305),
        { id: 'far', spot: { x: 400, y: 20, angle: -90, side: 'top' as const } },
      ],
      800,
      600,
    );
    const [usa, mandiant, far] = out;
    expect(Math.abs((usa?.spot.y ?? 0) - (mandiant?.spot.y ?? 0))).toBeGreaterThanOrEqual(40);
    expect(usa?.spot.y).toBeLessThan(mandiant?.spot.y ?? 0);
    // Each moved as little as it must: both stay near where they pointed.
    expect(Math.abs((usa?.spot.y ?? 0) - 300)).toBeLessThan(60);
    // A marker alone on its side is left where it is.
    expect(far?.spot).toEqual({ x: 400, y: 20, angle: -90, side: 'top' });
  });

  it('keeps markers crowded at the end of a side on that side', () => {
    const out = spreadMarkers([left('a', 590), left('b', 595), left('c', 598)], 800, 600);
    for (const m of out) expect(m.spot.y).toBeLessThanOrEqual(600 - EDGE_MARKER.inset);
    const ys = out.map((m) => m.spot.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(40);
  });

  it('keeps a marker off the map’s controls in its strip, even alone on its side, and leaves others be', () => {
    // The zoom buttons in a 400x300 frame's top-left corner; the United States off the left side.
    const zoom = { left: 8, top: 8, right: 40, bottom: 70 };
    const [usa] = spreadMarkers([left('USA', 50)], 400, 300, [zoom]);
    const half = (EDGE_MARKER.along - EDGE_MARKER.inset + 4) / 2;
    expect(usa?.spot.y).toBeGreaterThanOrEqual(zoom.bottom + half);
    // A control outside the marker's strip does not move it.
    expect(spreadMarkers([left('USA', 50)], 400, 300, [{ left: 300, top: 8, right: 390, bottom: 70 }])[0]?.spot.y).toBe(
      50,
    );
    // Two markers by the controls keep off them and apart.
    const two = spreadMarkers([left('USA', 40), left('mandiant', 60)], 400, 300, [zoom]);
    for (const m of two) expect(m.spot.y).toBeGreaterThanOrEqual(zoom.bottom + half);
    expect(Math.abs((two[0]?.spot.y ?? 0) - (two[1]?.spot.y ?? 0))).toBeGreaterThanOrEqual(40);
  });

  it('on a side too short to keep them off the controls, moves markers beside the controls instead', () => {
    // A publisher's 400x300 frame leaves the map 140 px: the zoom buttons and two places to the west.
    const zoom = { left: 10, top: 10, right: 39, bottom: 68 };
    const out = spreadMarkers([left('USA', 40), left('mandiant', 60)], 400, 140, [zoom]);
    const half = (EDGE_MARKER.along - EDGE_MARKER.inset + 4) / 2;
    for (const m of out) {
      const coversAlong = m.spot.y - half < zoom.bottom && m.spot.y + half > zoom.top;
      // Either clear of the buttons along the side, or standing to their right.
      if (coversAlong) expect(m.spot.x, m.id).toBeGreaterThan(zoom.right);
      expect(m.spot.side).toBe('left');
    }
    expect(out.some((m) => m.spot.x > zoom.right)).toBe(true);
    expect(Math.abs((out[0]?.spot.y ?? 0) - (out[1]?.spot.y ?? 0))).toBeGreaterThanOrEqual(40);
  });
});
