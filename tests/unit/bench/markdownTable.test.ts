import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../../bench/checkTargets.ts';
import { formatValue, noFigures } from '../../../bench/figures.ts';
import { markdownTable, ratioOf } from '../../../bench/markdownTable.ts';
import { TARGETS } from '../../../bench/targets.ts';

describe('markdownTable', () => {
  const app = { ...noFigures(), textPaint: 900, mapIdle: 2640, jsBytes: 555_000, lighthouseScore: 0.64 };
  const baseline = { ...noFigures(), mapIdle: 2000, jsBytes: 502_100, lighthouseScore: 0.8 };
  const table = markdownTable(app, baseline, checkTargets(TARGETS, app, baseline), { pages: 7, lighthouse: 3 });
  const rows = table.split('\n');

  it('has a header with the run counts, and the app, baseline, ratio and target columns', () => {
    expect(rows[0]).toBe('| Figure (median of 7 runs; Lighthouse of 3) | App | Baseline | App/baseline | Target |');
    expect(rows[1]).toBe('| --- | ---: | ---: | ---: | --- |');
    for (const row of rows) expect(row.split('|')).toHaveLength(7);
  });

  it('writes each figure in its unit, with the ratio and whether its target was met', () => {
    expect(rows).toContain('| map idle | 2640 ms | 2000 ms | 1.32 | ≤ 1.10 × baseline map idle: **missed** |');
    expect(rows).toContain(
      '| JavaScript (gzip) | 555.0 kB | 502.1 kB | 1.11 | ≤ 1.15 × baseline JavaScript (gzip): met |',
    );
    expect(rows).toContain(
      '| story text painted | 900 ms | — | — | ≤ 0.40 × baseline map idle (is 0.45): **missed** |',
    );
    expect(rows).toContain(
      '| Lighthouse desktop performance | 0.64 | 0.80 | 0.80 | ≥ 1.00 × baseline Lighthouse desktop performance: **missed** |',
    );
  });

  it('leaves out figures neither page has and no target asks for, but keeps unmeasured targets', () => {
    expect(table).not.toContain('Lighthouse CLS');
    expect(rows).toContain('| click on Albania → panel painted | — | — | — | < 50 ms: **missed** |');
  });
});

describe('ratioOf and formatValue', () => {
  it('gives no ratio without both figures or with a zero baseline', () => {
    expect(ratioOf(3, 2)).toBe(1.5);
    expect(ratioOf(null, 2)).toBeNull();
    expect(ratioOf(3, 0)).toBeNull();
  });

  it('writes kB of 1000 bytes, whole milliseconds, two-decimal scores', () => {
    expect(formatValue(287_449, 'bytes')).toBe('287.4 kB');
    expect(formatValue(1234.6, 'ms')).toBe('1235 ms');
    expect(formatValue(0.9, 'score')).toBe('0.90');
    expect(formatValue(null, 'ms')).toBe('—');
  });
});
