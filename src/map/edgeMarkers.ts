import { SIZE } from '../theme/tokens.ts';
import type { Box } from './labelLayout.ts';

// Sizes in rem are read as px at the browser's default 16 px to the rem: the camera's room for a
// marker is a layout estimate, not a measurement.
const px = (rem: string) => parseFloat(rem) * 16;

/** How far inside the frame an edge marker sits (px), and the most room it takes across its side
 * (the inset, its widest, a gap) and along it. */
export const EDGE_MARKER = {
  inset: px(SIZE.edgeMarkerInset),
  across: px(SIZE.edgeMarkerInset) + px(SIZE.edgeMarker) + 8,
  along: px(SIZE.edgeMarkerInset) + 48,
} as const;

/** Where a marker for a place off the frame goes: on the frame's edge, towards the place. */
export interface EdgeMarkerSpot {
  readonly x: number;
  readonly y: number;
  /** Direction from the frame's centre to the place, in degrees clockwise from east (for the arrow). */
  readonly angle: number;
  /** The side of the frame the marker sits on. */
  readonly side: 'left' | 'right' | 'top' | 'bottom';
}

/**
 * The point where the line from the frame's centre to an off-frame place crosses the frame, moved
 * `inset` px inwards, or null when the place is on the frame (it has its own dot and label). The
 * convention of news locator maps: a place outside the view is named at the edge facing it, with an
 * arrow, instead of shrinking the view until it fits.
 */
export function edgeMarkerSpot(
  x: number,
  y: number,
  width: number,
  height: number,
  inset: number,
): EdgeMarkerSpot | null {
  if (x >= 0 && y >= 0 && x <= width && y <= height) return null;
  const cx = width / 2;
  const cy = height / 2;
  const dx = x - cx;
  const dy = y - cy;
  const halfW = Math.max(1, cx - inset);
  const halfH = Math.max(1, cy - inset);
  // Scale the direction until it meets the inset frame: whichever side it reaches first.
  const t = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  const side =
    halfW / Math.abs(dx || 1e-9) <= halfH / Math.abs(dy || 1e-9)
      ? dx < 0
        ? 'left'
        : 'right'
      : dy < 0
        ? 'top'
        : 'bottom';
  return { x: cx + dx * t, y: cy + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI, side };
}

// Markers on one side keep at least this far apart (px), centre to centre: a marker's height along
// a left or right side, its widest along the top or bottom.
const SPACING = {
  across: EDGE_MARKER.along - EDGE_MARKER.inset + 4,
  along: EDGE_MARKER.across - EDGE_MARKER.inset,
} as const;

/** The stretches of a side a marker's centre must keep out of, so that the marker does not cover a
 * control of the map standing in its strip (the zoom buttons in a corner, a view button), merged. */
function blockedStretches(
  side: EdgeMarkerSpot['side'],
  reserved: readonly Box[],
  width: number,
  height: number,
  gap: number,
): [number, number][] {
  const depth = EDGE_MARKER.across;
  const inStrip = (b: Box) =>
    side === 'left'
      ? b.left < depth
      : side === 'right'
        ? b.right > width - depth
        : side === 'top'
          ? b.top < depth
          : b.bottom > height - depth;
  const vertical = side === 'left' || side === 'right';
  const spans = reserved
    .filter(inStrip)
    .map((b): [number, number] =>
      vertical ? [b.top - gap / 2, b.bottom + gap / 2] : [b.left - gap / 2, b.right + gap / 2],
    )
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** A position moved out of the blocked stretch it falls in, to that stretch's nearer end that stays on
 * the side (the other end, if the nearer one is off it). */
function unblocked(pos: number, blocked: readonly [number, number][], lo: number, hi: number): number {
  const hit = blocked.find(([a, b]) => pos > a && pos < b);
  if (!hit) return pos;
  const [a, b] = hit;
  const ends = (pos - a <= b - pos ? [a, b] : [b, a]).filter((p) => p >= lo && p <= hi);
  return ends[0] ?? pos;
}

/**
 * Markers moved apart along their side so that none covers another (the United States and a US
 * firm lie off the same side), each as little as it can, in the order they lie, kept on the side's
 * length, and off the map's own controls (`reserved`, as the labels keep off them). Pure: the same
 * spots give the same result.
 */
export function spreadMarkers<T extends { readonly spot: EdgeMarkerSpot }>(
  markers: readonly T[],
  width: number,
  height: number,
  reserved: readonly Box[] = [],
): T[] {
  const out = [...markers];
  for (const side of ['left', 'right', 'top', 'bottom'] as const) {
    const vertical = side === 'left' || side === 'right';
    const gap = vertical ? SPACING.across : SPACING.along;
    const lo = EDGE_MARKER.inset + gap / 2;
    const hi = (vertical ? height : width) - EDGE_MARKER.inset - gap / 2;
    const blocked = blockedStretches(side, reserved, width, height, gap);
    const indices = out
      .flatMap((m, i) => (m.spot.side === side ? [i] : []))
      .sort((a, b) => at(out[a], vertical) - at(out[b], vertical));
    if (indices.length === 0) continue;
    const pos = indices.map((i) => unblocked(at(out[i], vertical), blocked, lo, hi));
    // Forward, then back: each keeps its gap from the one before, and the last stays on the side.
    for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k] ?? 0, (pos[k - 1] ?? 0) + gap);
    pos[pos.length - 1] = Math.min(pos[pos.length - 1] ?? 0, hi);
    for (let k = pos.length - 2; k >= 0; k--) pos[k] = Math.min(pos[k] ?? 0, (pos[k + 1] ?? 0) - gap);
    pos[0] = Math.max(pos[0] ?? 0, lo);
    indices.forEach((i, k) => {
      const m = out[i];
      if (!m) return;
      const spot = vertical ? { ...m.spot, y: pos[k] ?? m.spot.y } : { ...m.spot, x: pos[k] ?? m.spot.x };
      out[i] = { ...m, spot: clearOf(spot, reserved, gap) };
    });
  }
  return out;
}

/** A spot that, on a side too short for its markers to keep off the controls along it (a map 140 px
 * tall with the zoom buttons and two places to the west), is moved inwards past the control it would
 * cover instead: the marker still stands by its side, pointing the same way, beside the buttons. */
function clearOf(spot: EdgeMarkerSpot, reserved: readonly Box[], gap: number): EdgeMarkerSpot {
  const vertical = spot.side === 'left' || spot.side === 'right';
  const along = vertical ? spot.y : spot.x;
  let out = spot;
  for (const b of reserved) {
    const [a, z] = vertical ? [b.top, b.bottom] : [b.left, b.right];
    if (along + gap / 2 <= a || along - gap / 2 >= z) continue;
    if (spot.side === 'left' && b.left < out.x + EDGE_MARKER.across) out = { ...out, x: Math.max(out.x, b.right + 4) };
    if (spot.side === 'right' && b.right > out.x - EDGE_MARKER.across) out = { ...out, x: Math.min(out.x, b.left - 4) };
    if (spot.side === 'top' && b.top < out.y + EDGE_MARKER.along) out = { ...out, y: Math.max(out.y, b.bottom + 4) };
    if (spot.side === 'bottom' && b.bottom > out.y - EDGE_MARKER.along) out = { ...out, y: Math.min(out.y, b.top - 4) };
  }
  return out;
}

const at = (m: { readonly spot: EdgeMarkerSpot } | undefined, vertical: boolean) =>
  (vertical ? m?.spot.y : m?.spot.x) ?? 0;
