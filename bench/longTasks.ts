/** One `longtask` entry, as the page's PerformanceObserver saw it (ms since navigation start). */
export interface LongTask {
  readonly startTime: number;
  readonly duration: number;
}

/** What the long tasks before the map was idle add up to. */
export interface LongTaskSummary {
  /** Long tasks that started before map idle. */
  readonly count: number;
  readonly sum: number;
  readonly longest: number;
  /** Total blocking time between first contentful paint and map idle (ms). */
  readonly tbt: number;
  /** The same from navigation on (ms): what blocks a page whatever it paints first. The baseline
   * paints nothing until its map, so its TBT leaves out most of MapLibre's own blocking; this does not. */
  readonly blocking: number;
}

/** Chromium's long-task threshold, and the part of each task that does not count as blocking. */
export const BLOCKING_THRESHOLD_MS = 50;

/**
 * Total blocking time over the window [from, to]: Σ max(0, d − 50) for each long task, where d is the
 * part of the task inside the window. `to` is map idle, which stands in for "interactive": the story
 * is not usable before its map is drawn. A task that straddles `from` (FCP) counts only from there,
 * as in Lighthouse's own TBT, so a long task begun just before the first paint is not hidden.
 */
export function totalBlockingTime(tasks: readonly LongTask[], from: number, to: number): number {
  let sum = 0;
  for (const t of tasks) {
    const start = Math.max(t.startTime, from);
    const end = Math.min(t.startTime + t.duration, to);
    sum += Math.max(0, end - start - BLOCKING_THRESHOLD_MS);
  }
  return sum;
}

/** Count, sum and longest of the tasks started before `idle`, the TBT from `fcp` to `idle`, and the
 * blocking time from navigation to `idle`. */
export function summarizeLongTasks(tasks: readonly LongTask[], fcp: number, idle: number): LongTaskSummary {
  const before = tasks.filter((t) => t.startTime < idle);
  return {
    count: before.length,
    sum: before.reduce((s, t) => s + t.duration, 0),
    longest: before.reduce((m, t) => Math.max(m, t.duration), 0),
    tbt: totalBlockingTime(before, fcp, idle),
    blocking: totalBlockingTime(before, 0, idle),
  };
}
