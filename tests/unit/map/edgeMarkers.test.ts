import { describe, expect, it } from 'vitest';
import { edgeMarkerSpot } from '../../../src/map/edgeMarkers.ts';

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
    for (const [x, y, side] of [[900, 300, 'right'], [400, -50, 'top'], [400, 5000, 'bottom'], [-10, 590, 'left']] as const) {
      const s = edgeMarkerSpot(x, y, 800, 600, 20);
      expect(s?.side, `${x},${y}`).toBe(side);
      expect(s && s.x >= 20 && s.x <= 780 && s.y >= 20 && s.y <= 580).toBe(true);
    }
  });
});
