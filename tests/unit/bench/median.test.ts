import { describe, expect, it } from 'vitest';
import { median } from '../../../bench/median.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([2400, 2100, 9000, 2200, 2300, 2250, 2350])).toBe(2300);
    // Numbers, not strings: 80 < 900 < 1000.
    expect(median([900, 1000, 80])).toBe(900);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is null with nothing measured, and ignores values that are not numbers', () => {
    expect(median([])).toBeNull();
    expect(median([Number.NaN, Number.NaN, 7])).toBe(7);
    expect(median([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 1])).toBe(1);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
