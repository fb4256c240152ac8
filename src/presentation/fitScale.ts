/** How far a step's type may shrink to fit its box, and how finely the fit is searched. */
export interface FitRange {
  /** The smallest scale allowed: below it text is no longer legible from the back of a room. */
  readonly min: number;
  /** The largest: the type as designed. */
  readonly max: number;
  /** The search stops when the bracket is this narrow. */
  readonly precision: number;
}

/** The default range: type may shrink to 55% of its projector size (still the size of body text). */
export const STEP_FIT: FitRange = { min: 0.55, max: 1, precision: 0.02 };

/**
 * The largest scale in [min, max] at which `fits(scale)` holds, by bisection (fits is taken to be
 * monotone: smaller type never overflows where larger did not); `min` when nothing fits, so the
 * content is at least as small as allowed and the rest scrolls. `max` when it fits as designed,
 * with one call.
 */
export function fitScale(fits: (scale: number) => boolean, range: FitRange = STEP_FIT): number {
  if (fits(range.max)) return range.max;
  let lo = range.min;
  let hi = range.max;
  if (!fits(lo)) return lo;
  while (hi - lo > range.precision) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
