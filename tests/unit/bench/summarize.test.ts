import { describe, expect, it } from 'vitest';
import type { LoadRun } from '../../../bench/runRecord.ts';
import { summarize } from '../../../bench/summarize.ts';

const O = 'http://127.0.0.1:4173';

function load(mapIdle: number, extra: Partial<LoadRun> = {}): LoadRun {
  return {
    page: 'app',
    textPaint: 300,
    textPaintFrom: 'mark',
    fcp: 200,
    mapIdle,
    longTasks: [{ startTime: 500, duration: 150 }],
    transfers: [
      { url: `${O}/`, bytes: 2000, seenBy: 'page' },
      { url: `${O}/assets/a.js`, bytes: 300_000, seenBy: 'page' },
      { url: `${O}/assets/w.mjs`, bytes: 148_000, seenBy: 'server' },
    ],
    foreignRequests: [],
    errors: [],
    clickToPanel: 30,
    clickToDom: 10,
    clickToQuotes: 60,
    ...extra,
  };
}

describe('summarize', () => {
  it('takes the median of each figure over the runs, bytes by class included', () => {
    const f = summarize([
      load(2000),
      load(3000, { clickToPanel: 40, clickToQuotes: 90 }),
      load(2500, { clickToPanel: null }),
    ]);
    expect(f.mapIdle).toBe(2500);
    expect(f.textPaint).toBe(300);
    expect(f.jsBytes).toBe(448_000);
    expect(f.documentBytes).toBe(2000);
    expect(f.tbt).toBe(100);
    // The one long task (500–650) blocks for 100 ms from navigation too (FCP at 200 is before it).
    expect(f.blocking).toBe(100);
    expect(f.longTasks).toBe(1);
    // A run whose click was not measured is left out of that median only.
    expect(f.clickToPanel).toBe(35);
    expect(f.clickToQuotes).toBe(60);
  });

  it('has no TBT for a run without a first contentful paint to start from', () => {
    expect(summarize([load(2000, { fcp: null })]).tbt).toBeNull();
  });

  it('pools every step of every story-mode load, and takes Lighthouse medians', () => {
    const steps = [
      { latencies: [10, 90], toDom: [], foreignRequests: [], errors: [] },
      { latencies: [20], toDom: [], foreignRequests: [], errors: [] },
    ];
    const lh = [0.5, 0.7, 0.6].map((score) => ({
      score,
      fcp: 400,
      lcp: 900,
      tbt: 800,
      si: 1000,
      cls: 0.01,
      foreignRequests: [],
      warnings: [],
    }));
    const f = summarize([load(2000)], steps, lh);
    expect(f.stepToStep).toBe(20);
    expect(f.lighthouseScore).toBe(0.6);
    expect(f.lighthouseLcp).toBe(900);
  });
});
