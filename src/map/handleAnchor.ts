import type { ScreenPoint } from './types.ts';

/** Where along an arc its keyboard handle may sit, as fractions of its length: the middle first,
 * then outward on both sides, stopping short of the ends (which are the places themselves). */
export const HANDLE_FRACTIONS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88] as const;

// How far inside the frame a handle must be to count as on screen (half a handle and its ring).
const MARGIN = 12;

/** A handle's place on screen, and whether it lies on its arc (it may be held at the frame's edge). */
export interface HandleAnchor extends ScreenPoint {
  readonly onArc: boolean;
}

/**
 * Where a relation's handle goes: the first of its arc's points (in HANDLE_FRACTIONS order, so the
 * middle when it is on screen) inside the frame, so an arc whose middle runs off the frame (the
 * United States → Iran, over the Atlantic) can still be reached and seen; when no part of it is on
 * screen, its middle held just inside the frame's edge.
 */
export function handleAnchor(points: readonly ScreenPoint[], frame: { readonly width: number; readonly height: number }): HandleAnchor {
  const inside = (p: ScreenPoint) => p.x >= MARGIN && p.y >= MARGIN && p.x <= frame.width - MARGIN && p.y <= frame.height - MARGIN;
  const seen = points.find(inside);
  if (seen) return { x: seen.x, y: seen.y, onArc: true };
  const mid = points[0] ?? { x: 0, y: 0 };
  const clamp = (v: number, max: number) => Math.min(Math.max(v, MARGIN), Math.max(MARGIN, max - MARGIN));
  return { x: clamp(mid.x, frame.width), y: clamp(mid.y, frame.height), onArc: false };
}

/** The projection key of an arc's i-th handle point (the 0th is its middle). */
export function handlePointKey(id: string, i: number): string {
  return i === 0 ? `arc:${id}` : `arc:${id}:${i}`;
}
