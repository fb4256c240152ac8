import { describe, expect, it } from 'vitest';
import { clustersOf, framePadding, planCamera, type FramedPlace } from '../../../src/map/framing.ts';
import { EDGE_MARKER } from '../../../src/map/edgeMarkers.ts';

const place = (id: string, [w, s]: [number, number], [e, n]: [number, number]): FramedPlace => ({
  id,
  box: [
    [w, s],
    [e, n],
  ],
  at: [(w + e) / 2, (s + n) / 2],
});
const ALB = place('ALB', [19.3, 39.6], [21.1, 42.7]);
const IRN = place('IRN', [44, 25], [63.3, 39.8]);
const USA = place('USA', [-124.7, 25.1], [-66.9, 49.4]);
const KWT = place('KWT', [46.5, 28.5], [48.4, 30.1]);
const OPENING = [
  [15, 17],
  [62, 45],
] as const;

describe('planCamera: what the camera frames for a selection', () => {
  it('frames every place whole, outline to outline, when they lie in one region', () => {
    const plan = planCamera([ALB, IRN, KWT], OPENING, 'ALB');
    expect(plan?.box).toEqual([
      [19.3, 25],
      [63.3, 42.7],
    ]);
    expect(plan?.far).toEqual([]);
  });

  it('leaves out a place in a far region (the United States beside Albania and Iran), naming the side it lies off', () => {
    const plan = planCamera([ALB, IRN, USA], OPENING, 'ALB');
    expect(plan?.box).toEqual([
      [19.3, 25],
      [63.3, 42.7],
    ]);
    expect(plan?.far).toEqual(['USA']);
    expect([...(plan?.farSides ?? [])]).toEqual(['left']);
  });

  it('always frames the selected place, however few places are with it', () => {
    const plan = planCamera([ALB, IRN, USA], OPENING, 'USA');
    expect(plan?.box[0][0]).toBeLessThan(-120);
    expect(plan?.far).toEqual(['ALB', 'IRN']);
    expect([...(plan?.farSides ?? [])]).toEqual(['right']);
  });

  it('with no selected place (a relation), frames the region with more places, then the one where the story happens', () => {
    expect(planCamera([USA, IRN, KWT], OPENING)?.far).toEqual(['USA']);
    // One each: the region that overlaps the story's opening view wins.
    expect(planCamera([USA, IRN], OPENING)?.far).toEqual(['USA']);
    expect(planCamera([IRN, USA], OPENING)?.far).toEqual(['USA']);
  });

  it('grows a small place to a span that shows its neighbours, and frames nothing for no place', () => {
    const [[w, s], [e, n]] = planCamera([KWT], OPENING)?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(e - w).toBeCloseTo(14);
    expect(n - s).toBeCloseTo(9);
    expect(w).toBeLessThan(46.5);
    expect(e).toBeGreaterThan(48.4);
    expect(planCamera([], OPENING)).toBeNull();
  });

  it('joins places into regions by the gaps between their boxes, not their dots', () => {
    // Dots 40° apart, boxes 20° apart: one region.
    const a = place('a', [0, 0], [20, 10]);
    const b = place('b', [40, 0], [60, 10]);
    expect(clustersOf([a, b])).toHaveLength(1);
    expect(clustersOf([a, place('c', [56, 0], [57, 1])])).toHaveLength(2);
  });
});

describe('framePadding: the room the framed places keep from the frame’s sides', () => {
  const zoom = { left: 10, top: 10, right: 39, bottom: 68 };
  const views = { left: 1000, top: 10, right: 1270, bottom: 42 };
  const attribution = { left: 1150, top: 760, right: 1270, bottom: 790 };

  it('counts each control on the side it reaches least far in from, with room beyond it', () => {
    const pad = framePadding(1280, 800, [zoom, views, attribution]);
    expect(pad.left).toBeGreaterThan(39);
    expect(pad.left).toBeLessThan(68);
    // The zoom buttons are not counted at the top.
    expect(pad.top).toBeLessThan(68);
    expect(pad.top).toBeGreaterThan(42);
    expect(pad.bottom).toBeGreaterThan(40);
    // The attribution is counted at the bottom, not as 130 px on the right.
    expect(pad.right).toBeLessThan(130);
  });

  it('keeps clear of the edge markers of far places on their side', () => {
    const without = framePadding(1280, 800, [zoom]);
    const withMarker = framePadding(1280, 800, [zoom], new Set(['left']));
    expect(without.left).toBeLessThan(EDGE_MARKER.across);
    expect(withMarker.left).toBeGreaterThanOrEqual(EDGE_MARKER.across);
    expect(withMarker.right).toBe(without.right);
  });

  it('leaves a label’s room beyond the outlines on every side, not added to a control’s', () => {
    const label = { x: 100, y: 40 };
    const pad = framePadding(1280, 800, [zoom], new Set(), label);
    expect(pad.left).toBe(100);
    expect(pad.right).toBe(100);
    expect(pad.top).toBe(40);
    // Beside a control that reaches further in than a label's room, the control's reach counts alone.
    const tall = framePadding(1280, 800, [{ left: 10, top: 10, right: 150, bottom: 400 }], new Set(), label).left;
    expect(tall).toBeGreaterThan(150);
    expect(tall).toBeLessThan(150 + 100);
  });

  it('on a small map gives up a label’s room before a far place’s marker’s (the marker would cover the places)', () => {
    const pad = framePadding(380, 450, [zoom], new Set(['left']), { x: 96, y: 30 });
    expect(pad.left).toBeGreaterThanOrEqual(EDGE_MARKER.across);
    expect(pad.left + pad.right).toBeLessThanOrEqual(190);
  });

  it('leaves at least half of a small map to frame in (MapLibre frames nothing in less)', () => {
    const pad = framePadding(
      320,
      200,
      [zoom, { left: 150, top: 10, right: 310, bottom: 42 }],
      new Set(['left', 'right']),
    );
    expect(pad.left + pad.right).toBeLessThanOrEqual(160);
    expect(pad.top + pad.bottom).toBeLessThanOrEqual(100);
    expect(pad.left).toBeGreaterThan(0);
  });
});
