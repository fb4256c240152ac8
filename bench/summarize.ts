import { sumByClass } from './byteClass.ts';
import { noFigures, type Figures } from './figures.ts';
import { summarizeLongTasks } from './longTasks.ts';
import { median } from './median.ts';
import type { LighthouseRun, LoadRun, StepRun } from './runRecord.ts';

function medianOf<T>(items: readonly T[], pick: (item: T) => number | null): number | null {
  return median(items.map(pick).filter((v): v is number => v !== null));
}

/**
 * A page's figures: the median of each figure over its loads (a run that did not report a figure is
 * left out of that figure's median), plus the app's interaction latencies, and the page's Lighthouse numbers.
 * TBT needs a first contentful paint to start from: a run without one has no TBT.
 */
export function summarize(
  loads: readonly LoadRun[],
  steps: readonly StepRun[] = [],
  lighthouse: readonly LighthouseRun[] = [],
): Figures {
  const f = noFigures();
  const perRun = loads.map((run) => {
    const tasks = summarizeLongTasks(run.longTasks, run.fcp ?? 0, run.mapIdle);
    return { run, tasks, bytes: sumByClass(run.transfers) };
  });
  f.textPaint = medianOf(loads, (r) => r.textPaint);
  f.fcp = medianOf(loads, (r) => r.fcp);
  f.mapIdle = medianOf(loads, (r) => r.mapIdle);
  f.tbt = medianOf(perRun, (p) => (p.run.fcp === null ? null : p.tasks.tbt));
  f.blocking = medianOf(perRun, (p) => p.tasks.blocking);
  f.longTasks = medianOf(perRun, (p) => p.tasks.count);
  f.longTaskSum = medianOf(perRun, (p) => p.tasks.sum);
  f.longestTask = medianOf(perRun, (p) => p.tasks.longest);
  f.jsBytes = medianOf(perRun, (p) => p.bytes.js);
  f.cssBytes = medianOf(perRun, (p) => p.bytes.css);
  f.fontBytes = medianOf(perRun, (p) => p.bytes.font);
  f.dataBytes = medianOf(perRun, (p) => p.bytes.data);
  f.documentBytes = medianOf(perRun, (p) => p.bytes.document);
  f.imageBytes = medianOf(perRun, (p) => p.bytes.image);
  f.totalBytes = medianOf(perRun, (p) => p.bytes.total);
  f.clickToPanel = medianOf(loads, (r) => r.clickToPanel);
  f.clickToQuotes = medianOf(loads, (r) => r.clickToQuotes);
  // Every step of every story-mode load is one sample.
  f.stepToStep = median(steps.flatMap((s) => s.latencies));
  f.lighthouseScore = medianOf(lighthouse, (r) => r.score);
  f.lighthouseFcp = medianOf(lighthouse, (r) => r.fcp);
  f.lighthouseLcp = medianOf(lighthouse, (r) => r.lcp);
  f.lighthouseTbt = medianOf(lighthouse, (r) => r.tbt);
  f.lighthouseSi = medianOf(lighthouse, (r) => r.si);
  f.lighthouseCls = medianOf(lighthouse, (r) => r.cls);
  return f;
}
