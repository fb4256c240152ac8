import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseArgs } from '../../../bench/args.ts';

describe('parseArgs', () => {
  it('defaults to 7 runs of each page and 3 Lighthouse runs', () => {
    expect(parseArgs([])).toEqual({ runs: 7, lighthouseRuns: 3 });
    expect(DEFAULT_OPTIONS.runs).toBeGreaterThanOrEqual(7);
  });

  it('reads --runs N and --lighthouse N, with or without =', () => {
    expect(parseArgs(['--runs', '9'])).toEqual({ runs: 9, lighthouseRuns: 3 });
    expect(parseArgs(['--runs=11', '--lighthouse=0'])).toEqual({ runs: 11, lighthouseRuns: 0 });
  });

  it('refuses what is not a whole number in range, and unknown arguments', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs/u);
    expect(() => parseArgs(['--runs', '2.5'])).toThrow(/--runs/u);
    expect(() => parseArgs(['--runs'])).toThrow(/--runs/u);
    expect(() => parseArgs(['--lighthouse', '-1'])).toThrow(/--lighthouse/u);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument --fast/u);
  });
});
