import type { Bounds } from '../arcs/bounds.ts';
import type { Box } from './labelLayout.ts';
import { EDGE_MARKER } from './edgeMarkers.ts';

/** A place the camera may frame: its id, the box it covers ([[w, s], [e, n]] in degrees: a country's
 * outline, or a point's box for an actor drawn at one spot) and the point its dot is at. */
export interface FramedPlace {
  readonly id: string;
  readonly box: Bounds;
  readonly at: readonly [number, number];
}

/** What the camera frames for a selection: a box, and the places too far from it to share the
 * frame (named by a marker at the frame's edge instead), with the sides of the frame they lie off. */
export interface CameraPlan {
  readonly box: Bounds;
  readonly far: readonly string[];
  readonly farSides: ReadonlySet<Side>;
}

/** A side of the map's frame. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/** Padding (px) inside the map's frame that the framed box keeps clear of. */
export type Padding = Readonly<Record<Side, number>>;

// Places whose boxes lie further apart than this (degrees) are not framed together: the United
// States and Iran in one frame would show the whole world, the region where the story happens
// squeezed into a strip. The far ones get a marker at the frame's edge, as on news locator maps.
const FAR_GAP = 35;

// Around a single small place the camera still shows its neighbours: at least this many degrees.
const MIN_SPAN = { lng: 14, lat: 9 };

const union = (boxes: readonly Bounds[]): Bounds => [
  [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
  [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
];

/** Degrees between two boxes (0 when they touch or overlap). */
function gap(a: Bounds, b: Bounds): number {
  const dx = Math.max(0, a[0][0] - b[1][0], b[0][0] - a[1][0]);
  const dy = Math.max(0, a[0][1] - b[1][1], b[0][1] - a[1][1]);
  return Math.hypot(dx, dy);
}

function overlapArea(a: Bounds, b: Bounds): number {
  const w = Math.min(a[1][0], b[1][0]) - Math.max(a[0][0], b[0][0]);
  const h = Math.min(a[1][1], b[1][1]) - Math.max(a[0][1], b[0][1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Groups places whose boxes are within FAR_GAP of one another (single linkage), in input order. */
export function clustersOf(places: readonly FramedPlace[], far = FAR_GAP): FramedPlace[][] {
  const group = places.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i] ?? i));
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const a = places[i];
      const b = places[j];
      if (a && b && gap(a.box, b.box) <= far) group[root(j)] = root(i);
    }
  }
  const byRoot = new Map<number, FramedPlace[]>();
  places.forEach((p, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), p]));
  return [...byRoot.values()];
}

/** A box grown to at least the minimum span, so one small country is shown among its neighbours. */
function atLeastMinSpan([[w, s], [e, n]]: Bounds): Bounds {
  const grow = (lo: number, hi: number, min: number, limit: number): [number, number] => {
    const extra = Math.max(0, min - (hi - lo)) / 2;
    return [Math.max(-limit, lo - extra), Math.min(limit, hi + extra)];
  };
  const [west, east] = grow(w, e, MIN_SPAN.lng, 180);
  const [south, north] = grow(s, n, MIN_SPAN.lat, 80);
  return [
    [west, south],
    [east, north],
  ];
}

/** The side of `box` a point lies off, by the larger of its two offsets from the box's centre. */
function sideOf(box: Bounds, [lng, lat]: readonly [number, number]): Side {
  const dx = lng - (box[0][0] + box[1][0]) / 2;
  const dy = lat - (box[0][1] + box[1][1]) / 2;
  if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? 'left' : 'right';
  return dy < 0 ? 'bottom' : 'top';
}

/**
 * What the camera frames for a selection's places: every place whole (its outline, not only its
 * dot), unless they lie in regions far apart. Then it frames one region: the one holding `selected`
 * (the camera always shows what was chosen), else the one with the most places, else the one that
 * overlaps the story's opening view most (where the story happens); the other places are `far`.
 * Null when there is no place (the caller frames the opening view).
 */
export function planCamera(
  places: readonly FramedPlace[],
  opening: Bounds,
  selected: string | null = null,
): CameraPlan | null {
  if (places.length === 0) return null;
  const clusters = clustersOf(places);
  const rank = (c: readonly FramedPlace[]) => [
    c.some((p) => p.id === selected) ? 1 : 0,
    c.length,
    overlapArea(union(c.map((p) => p.box)), opening),
  ];
  const better = (a: readonly FramedPlace[], b: readonly FramedPlace[]) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) > (rb[i] ?? 0);
    return false;
  };
  const main = clusters.reduce((best, c) => (better(c, best) ? c : best));
  const box = atLeastMinSpan(union(main.map((p) => p.box)));
  const farPlaces = places.filter((p) => !main.includes(p));
  return {
    box,
    far: farPlaces.map((p) => p.id),
    farSides: sidesOff(
      box,
      farPlaces.map((p) => p.at),
    ),
  };
}

/** The sides of `box` that points outside it lie off. */
export function sidesOff(box: Bounds, points: readonly (readonly [number, number])[]): ReadonlySet<Side> {
  return new Set(points.map((p) => sideOf(box, p)));
}

/** Whether two paddings are the same, side by side. */
export function samePadding(a: Padding, b: Padding): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/** The room (px) a label takes beside its dot, across and along: what the frame leaves around the
 * framed outlines so that a place at their edge can still be named there. */
export interface LabelRoom {
  readonly x: number;
  readonly y: number;
}

/**
 * The padding the camera frames its box within: room for a label beside a place at the box's edge,
 * clear of the map's own controls (each counted on the side it reaches least far in from, so the
 * zoom buttons in a corner cost the left side their width, not the top their height) and of the
 * edge markers on `markerSides`. A control sits in a corner, a marker mid-side and a label beside its
 * place: a side keeps the largest of the rooms it needs, not their sum. Held so that at least half
 * the frame is left to frame in.
 */
export function framePadding(
  width: number,
  height: number,
  controls: readonly Box[],
  markerSides: ReadonlySet<Side> = new Set(),
  label: LabelRoom = { x: 0, y: 0 },
): Padding {
  const base = (size: number) => Math.round(Math.min(24, Math.max(8, size * 0.03)));
  // What a side must keep clear (its controls, a marker) and what it would like to (a label's room).
  const hard: Record<Side, number> = { top: base(height), bottom: base(height), left: base(width), right: base(width) };
  for (const c of controls) {
    const reach: Record<Side, number> = { top: c.bottom, left: c.right, right: width - c.left, bottom: height - c.top };
    const side = (Object.keys(reach) as Side[]).reduce((a, b) => (reach[b] < reach[a] ? b : a));
    hard[side] = Math.max(hard[side], reach[side] + base(side === 'top' || side === 'bottom' ? height : width));
  }
  for (const side of markerSides)
    hard[side] = Math.max(hard[side], side === 'left' || side === 'right' ? EDGE_MARKER.across : EDGE_MARKER.along);
  const pad: Record<Side, number> = {
    top: Math.max(hard.top, label.y),
    bottom: Math.max(hard.bottom, label.y),
    left: Math.max(hard.left, label.x),
    right: Math.max(hard.right, label.x),
  };
  // At least half of each dimension stays free: MapLibre cannot frame anything in less. A label's
  // room gives way first (a label finds another spot), then the rest, in proportion.
  const hold = (a: Side, b: Side, size: number) => {
    const most = size / 2;
    const over = pad[a] + pad[b] - most;
    if (over <= 0) return;
    const soft = (side: Side) => pad[side] - hard[side];
    const give = Math.min(over, soft(a) + soft(b));
    if (give > 0) {
      const share = soft(a) / (soft(a) + soft(b));
      pad[a] -= give * share;
      pad[b] -= give * (1 - share);
    }
    const total = pad[a] + pad[b];
    if (total > most) {
      pad[a] = (pad[a] * most) / total;
      pad[b] = (pad[b] * most) / total;
    }
    pad[a] = Math.floor(pad[a]);
    pad[b] = Math.floor(pad[b]);
  };
  hold('left', 'right', width);
  hold('top', 'bottom', height);
  return pad;
}
