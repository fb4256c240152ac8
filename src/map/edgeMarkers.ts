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
export function edgeMarkerSpot(x: number, y: number, width: number, height: number, inset: number): EdgeMarkerSpot | null {
  if (x >= 0 && y >= 0 && x <= width && y <= height) return null;
  const cx = width / 2;
  const cy = height / 2;
  const dx = x - cx;
  const dy = y - cy;
  const halfW = Math.max(1, cx - inset);
  const halfH = Math.max(1, cy - inset);
  // Scale the direction until it meets the inset frame: whichever side it reaches first.
  const t = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  const side = halfW / Math.abs(dx || 1e-9) <= halfH / Math.abs(dy || 1e-9) ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
  return { x: cx + dx * t, y: cy + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI, side };
}
