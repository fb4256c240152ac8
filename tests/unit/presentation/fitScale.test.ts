import { describe, expect, it } from 'vitest';
import { fitScale, STEP_FIT } from '../../../src/presentation/fitScale.ts';

describe('fitScale', () => {
  it('keeps the designed size when the step fits, asking once', () => {
    let asked = 0;
    expect(
      fitScale(() => {
        asked++;
        return true;
      }),
    ).toBe(STEP_FIT.max);
    expect(asked).toBe(1);
  });

  it('finds the largest scale that fits, to the range’s precision, and never one that does not fit', () => {
    for (const limit of [0.56, 0.7, 0.83, 0.99]) {
      const scale = fitScale((s) => s <= limit);
      expect(scale).toBeLessThanOrEqual(limit);
      expect(limit - scale).toBeLessThanOrEqual(STEP_FIT.precision);
    }
  });

  it('stops at the smallest legible scale when nothing fits (the rest scrolls)', () => {
    expect(fitScale(() => false)).toBe(STEP_FIT.min);
  });
});
