import { formatCalendar } from '../i18n/dates.ts';
import type { Story } from '../story/types.ts';

/** A step on the timeline: when it happened (a calendar date, always context from outside the
 * article), the article's own words for when (if any), and where its marker sits. */
export interface TimelinePoint {
  /** The step, 0-based. */
  readonly step: number;
  /** The day, or the middle of the month where only the month is known (UTC). */
  readonly date: Date;
  /** Only the month is known: the marker stands for the whole month. */
  readonly monthOnly: boolean;
  /** The article's words for when, with our English; null when the article gives no date. */
  readonly article: { readonly ur: string; readonly en: string } | null;
  /** The calendar date in words ("15 July 2022", "August 2022"). */
  readonly calendar: string;
  /** Why that calendar date (its source outside the article). */
  readonly why: string;
  readonly whyUr?: string | undefined;
}

/** The steps that say when they happened, in step order. */
export function timelinePoints(story: Story): TimelinePoint[] {
  return story.steps.flatMap((s, step) => {
    if (!s.when) return [];
    const [y = 0, m = 1, d] = s.when.date.split('-').map(Number);
    const monthOnly = d === undefined;
    const date = new Date(Date.UTC(y, m - 1, monthOnly ? 15 : d));
    return [
      {
        step,
        date,
        monthOnly,
        article: s.when.article ? { ur: s.when.article.phrase, en: s.when.article.en } : null,
        calendar: formatCalendar(date, monthOnly, 'en'),
        why: s.when.why,
        whyUr: s.when.whyUr,
      },
    ];
  });
}

/** The span the timeline shows: every point, with a few days of air on each side. */
export function timelineDomain(points: readonly TimelinePoint[], airDays = 6): [Date, Date] | null {
  if (points.length === 0) return null;
  const times = points.map((p) => p.date.getTime());
  const day = 86_400_000;
  return [new Date(Math.min(...times) - airDays * day), new Date(Math.max(...times) + airDays * day)];
}

/**
 * Spreads markers along a line so that no two are closer than `gap` px, moving each as little as it
 * can and keeping their order (ties in x keep the input order): markers of steps on the same day
 * (four on "Wednesday") sit side by side, each with a leader to its true date. Markers stay within
 * [lo, hi] where the line has room for them all.
 */
export function dodge(xs: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const placed = order.map((o) => o.x);
  // Push right from the left, then back left from the right edge, then centre each cluster on its
  // true dates: the classic two-pass dodge, deterministic and O(n).
  for (let k = 0; k < placed.length; k++)
    placed[k] = Math.max(placed[k] ?? 0, k === 0 ? lo : (placed[k - 1] ?? lo) + gap);
  for (let k = placed.length - 1; k >= 0; k--)
    placed[k] = Math.min(placed[k] ?? 0, k === placed.length - 1 ? hi : (placed[k + 1] ?? hi) - gap);
  // Centre runs of touching markers over the mean of their true positions, within the bounds.
  let start = 0;
  while (start < placed.length) {
    let end = start;
    while (end + 1 < placed.length && (placed[end + 1] ?? 0) - (placed[end] ?? 0) <= gap + 0.01) end++;
    const n = end - start + 1;
    const mean = order.slice(start, end + 1).reduce((s, o) => s + o.x, 0) / n;
    const left = Math.max(lo, Math.min(hi - (n - 1) * gap, mean - ((n - 1) * gap) / 2));
    const prev = start > 0 ? (placed[start - 1] ?? lo) + gap : lo;
    const from = Math.max(left, prev);
    for (let k = start; k <= end; k++) placed[k] = Math.min(from + (k - start) * gap, hi - (end - k) * gap);
    start = end + 1;
  }
  const out = new Array<number>(xs.length);
  order.forEach((o, k) => (out[o.i] = placed[k] ?? o.x));
  return out;
}
