import type { SeenTransfer } from './mergeTransfers.ts';
import type { LongTask } from './longTasks.ts';

/** Which page a run loaded. */
export type PageName = 'app' | 'baseline';

/** One cold load of a page, as measured (times in ms since navigation start). */
export interface LoadRun {
  readonly page: PageName;
  /**
   * When the story's text was painted: the `usm:story-text` Element Timing entry (renderTime, else
   * loadTime), else a User Timing mark of that name; null when the page reported neither.
   */
  readonly textPaint: number | null;
  readonly textPaintFrom: 'element timing' | 'mark' | null;
  readonly fcp: number | null;
  readonly mapIdle: number;
  readonly longTasks: readonly LongTask[];
  /** Everything loaded by map idle plus the quiet period. */
  readonly transfers: readonly SeenTransfer[];
  /** Requests to anywhere but 127.0.0.1 (all blocked; there should be none). */
  readonly foreignRequests: readonly string[];
  /** Console errors and page errors. */
  readonly errors: readonly string[];
  /** App only: click on Albania until the panel names it and has painted (ms). */
  readonly clickToPanel: number | null;
  /** App only: the part of that until the DOM named Albania (ms). */
  readonly clickToDom: number | null;
  /** App only: click on Albania until the first of its quoted sentences is there too, painted (ms). */
  readonly clickToQuotes: number | null;
}

/** One app load in story mode, stepped on with →: each step's latency (ms). */
export interface StepRun {
  readonly latencies: readonly number[];
  /** The part of each latency until the DOM showed the next step. */
  readonly toDom: readonly number[];
  readonly foreignRequests: readonly string[];
  readonly errors: readonly string[];
}

/** One Lighthouse run of the app. */
export interface LighthouseRun {
  readonly score: number | null;
  readonly fcp: number | null;
  readonly lcp: number | null;
  readonly tbt: number | null;
  readonly si: number | null;
  readonly cls: number | null;
  /** Requests Lighthouse saw to anywhere but 127.0.0.1. */
  readonly foreignRequests: readonly string[];
  /** Lighthouse's runtime warnings (a page it could not measure says so here). */
  readonly warnings: readonly string[];
}
