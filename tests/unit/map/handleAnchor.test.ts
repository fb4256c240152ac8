import { describe, expect, it } from 'vitest';
import { handleAnchor, headingOf } from '../../../src/map/handleAnchor.ts';

const FRAME = { width: 800, height: 600 };

describe('handleAnchor: every relation can be reached with the keyboard, whatever the camera shows', () => {
  it('puts the handle on the middle of its arc when the middle is on screen', () => {
    expect(
      handleAnchor(
        [
          { x: 400, y: 300 },
          { x: 350, y: 320 },
        ],
        FRAME,
      ),
    ).toEqual({ x: 400, y: 300, onArc: true, index: 0 });
  });

  it('puts the handle on the part of the arc inside the frame when the middle is off it', () => {
    const points = [
      { x: -300, y: 200 },
      { x: -100, y: 250 },
      { x: 60, y: 280 },
      { x: 200, y: 300 },
    ];
    expect(handleAnchor(points, FRAME)).toEqual({ x: 60, y: 280, onArc: true, index: 2 });
  });

  it('holds the handle just inside the frame’s edge when no part of the arc is on screen', () => {
    const a = handleAnchor([{ x: -500, y: 900 }], FRAME);
    expect(a.onArc).toBe(false);
    expect(a.x).toBeGreaterThan(0);
    expect(a.x).toBeLessThan(40);
    expect(a.y).toBeGreaterThan(560);
    expect(a.y).toBeLessThan(600);
  });

  it('counts a point on the very edge as off screen (a handle there would be cut in half)', () => {
    expect(
      handleAnchor(
        [
          { x: 2, y: 300 },
          { x: 100, y: 300 },
        ],
        FRAME,
      ),
    ).toEqual({ x: 100, y: 300, onArc: true, index: 1 });
  });
});

describe('headingOf: a kind mark points the way its arc runs on screen', () => {
  it('is 0 eastward, 90 down the screen, 180 westward and -90 up it', () => {
    const at = { x: 100, y: 100 };
    expect(headingOf(at, { x: 130, y: 100 })).toBe(0);
    expect(headingOf(at, { x: 100, y: 140 })).toBe(90);
    expect(headingOf(at, { x: 60, y: 100 })).toBe(180);
    expect(headingOf(at, { x: 100, y: 70 })).toBe(-90);
  });

  it('is null, not NaN nor east, where the two points coincide (no way to point)', () => {
    expect(headingOf({ x: 5, y: 5 }, { x: 5, y: 5 })).toBeNull();
  });
});
