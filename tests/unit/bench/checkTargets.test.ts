import { describe, expect, it } from 'vitest';
import { checkTarget, checkTargets } from '../../../bench/checkTargets.ts';
import { noFigures, type FigureName } from '../../../bench/figures.ts';
import { TARGETS, type Target } from '../../../bench/targets.ts';

function figures(values: Partial<Record<FigureName, number>>) {
  return { ...noFigures(), ...values };
}

const mapIdle: Target = { name: 'map idle', figure: 'mapIdle', op: '<=', bound: { baseline: 'mapIdle', factor: 1.1 } };
const textPaint: Target = {
  name: 'text paint',
  figure: 'textPaint',
  op: '<=',
  bound: { baseline: 'mapIdle', factor: 0.4 },
};
const tbt: Target = { name: 'TBT', figure: 'tbt', op: '<', bound: { fixed: 300 } };
const score: Target = {
  name: 'Lighthouse desktop performance',
  figure: 'lighthouseScore',
  op: '>=',
  bound: { fixed: 0.9 },
};

describe('checkTarget', () => {
  it('holds a figure to a multiple of the baseline and names the ratio when missed', () => {
    const missed = checkTarget(mapIdle, figures({ mapIdle: 2640 }), figures({ mapIdle: 2000 }));
    expect(missed).toMatchObject({
      met: false,
      ratio: 1.32,
      limit: 2200,
      missed: 'MISSED map idle: app/baseline 1.32 > 1.10',
    });
    const met = checkTarget(mapIdle, figures({ mapIdle: 2200 }), figures({ mapIdle: 2000 }));
    expect(met).toMatchObject({ met: true, missed: undefined });
  });

  it('names both figures when the bound is another baseline figure', () => {
    const r = checkTarget(textPaint, figures({ textPaint: 1040 }), figures({ mapIdle: 2000 }));
    expect(r.missed).toBe('MISSED text paint: app story text painted / baseline map idle 0.52 > 0.40');
    expect(checkTarget(textPaint, figures({ textPaint: 800 }), figures({ mapIdle: 2000 })).met).toBe(true);
  });

  it('prints a third decimal rather than a miss that reads as equal to its bound', () => {
    const r = checkTarget(mapIdle, figures({ mapIdle: 2208 }), figures({ mapIdle: 2000 }));
    expect(r.missed).toBe('MISSED map idle: app/baseline 1.104 > 1.10');
  });

  it('holds a figure to a fixed bound, strictly or not as the target says', () => {
    expect(checkTarget(tbt, figures({ tbt: 300 }), noFigures()).missed).toBe('MISSED TBT: 300 ms ≥ 300 ms');
    expect(checkTarget(tbt, figures({ tbt: 299 }), noFigures()).met).toBe(true);
    expect(checkTarget(score, figures({ lighthouseScore: 0.9 }), noFigures()).met).toBe(true);
    expect(checkTarget(score, figures({ lighthouseScore: 0.72 }), noFigures()).missed).toBe(
      'MISSED Lighthouse desktop performance: 0.72 < 0.90',
    );
  });

  it('counts a figure that was not measured, or a baseline to divide by that is missing, as missed', () => {
    expect(checkTarget(tbt, noFigures(), noFigures())).toMatchObject({
      met: false,
      missed: 'MISSED TBT: not measured (total blocking time (FCP → map idle))',
    });
    expect(checkTarget(mapIdle, figures({ mapIdle: 1000 }), noFigures())).toMatchObject({
      met: false,
      missed: 'MISSED map idle: no baseline map idle to compare with',
    });
    expect(checkTarget(mapIdle, figures({ mapIdle: 1000 }), figures({ mapIdle: 0 }))).toMatchObject({
      met: false,
      ratio: null,
      missed: 'MISSED map idle: no baseline map idle to compare with',
    });
  });
});

describe('TARGETS', () => {
  it('are issue 11 targets, TBT and Lighthouse relative to the baseline of the same run, each a miss line of its own', () => {
    const app = figures({
      textPaint: 2000,
      mapIdle: 3000,
      tbt: 900,
      lighthouseScore: 0.5,
      jsBytes: 600_000,
      clickToPanel: 80,
      stepToStep: 400,
    });
    const base = figures({ mapIdle: 2000, jsBytes: 500_000, tbt: 600, lighthouseScore: 0.6 });
    expect(checkTargets(TARGETS, app, base).map((r) => r.missed)).toEqual([
      'MISSED text paint: app story text painted / baseline map idle 1.00 > 0.40',
      'MISSED map idle: app/baseline 1.50 > 1.10',
      'MISSED TBT: app/baseline 1.50 > 1.00',
      'MISSED Lighthouse desktop performance: app/baseline 0.83 < 1.00',
      'MISSED first-view JS: app/baseline 1.20 > 1.15',
      'MISSED click to panel: 80 ms ≥ 50 ms',
      'MISSED step to step: 400 ms ≥ 50 ms',
    ]);
    // The app as good as the bare page on TBT and score (a machine without a GPU scores both low).
    const good = figures({
      textPaint: 800,
      mapIdle: 2200,
      tbt: 600,
      lighthouseScore: 0.6,
      jsBytes: 575_000,
      clickToPanel: 49,
      stepToStep: 49,
    });
    expect(checkTargets(TARGETS, good, base).every((r) => r.met)).toBe(true);
  });
});
