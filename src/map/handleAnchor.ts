import type { ScreenPoint } from './types.ts';

/** Where along an arc its keyboard handle may sit, as fractions of its length: the middle first,
 * then outward on both sides, stopping short of the ends (which are the places themselves). */
export const HANDLE_FRACTIONS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88] as const;

// How far inside the frame a handle must be to count as on screen (half a handle and its ring).
const MARGIN = 12;

/** A handle's place on screen, and whether it lies on its arc (it may be held at the frame's edge). */
export interface HandleAnchor extends ScreenPoint {
  readonly onArc: boolean;
  /** Which of the points it stands on (0 when held at the edge: the middle's place, clamped). */
  readonly index: number;
}

/**
 * Where a relation's handle goes: the first of its arc's points (in HANDLE_FRACTIONS order, so the
 * middle when it is on screen) inside the frame, so an arc whose middle runs off the frame (the
 * United States → Iran, over the Atlantic) can still be reached and seen; when no part of it is on
 * screen, its middle held just inside the frame's edge.
 */
export function handleAnchor(
  points: readonly ScreenPoint[],
  frame: { readonly width: number; readonly height: number },
): HandleAnchor {
  const inside = (p: ScreenPoint) =>
    p.x >= MARGIN && p.y >= MARGIN && p.x <= frame.width - MARGIN && p.y <= frame.height - MARGIN;
  const index = points.findIndex(inside);
  const seen = points[index];
  if (seen) return { x: seen.x, y: seen.y, onArc: true, index };
  const mid = points[0] ?? { x: 0, y: 0 };
  const clamp = (v: number, max: number) => Math.min(Math.max(v, MARGIN), Math.max(MARGIN, max - MARGIN));
  return { x: clamp(mid.x, frame.width), y: clamp(mid.y, frame.height), onArc: false, index: 0 };
}

/** The projection key of an arc's i-th handle point (the 0th is its middle). */
export function handlePointKey(id: string, i: number): string {
  return i === 0 ? `arc:${id}` : `arc:${id}:${i}`;
}

/** The projection key of the arc's point just after its i-th handle point: with it, the way the
 * arc runs there on screen (its kind mark is turned that way). */
export function handleAheadKey(id: string, i: number): string {
  return `arc:${id}:ahead:${i}`;
}

/**
 * The angle (degrees, clockwise from east, as CSS and SVG turn) of the way from `at` to `ahead` on
 * screen; null when the two coincide (an arc whose ends are drawn at one place shows no way).
 */
export function headingOf(at: ScreenPoint, ahead: ScreenPoint): number | null {
  const dx = ahead.x - at.x;
  const dy = ahead.y - at.y;
  if (dx === 0 && dy === 0) return null;
  return (Math.atan2(dy, dx) * 180) / Math.PI;
}
