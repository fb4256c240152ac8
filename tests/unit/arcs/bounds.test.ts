import { describe, expect, it } from 'vitest';
import { boundsOf, sameBounds } from '../../../src/arcs/bounds.ts';

describe('boundsOf', () => {
  it('holds every point', () => {
    expect(
      boundsOf([
        [20, 41],
        [-98, 39],
        [54, 24],
      ]),
    ).toEqual([
      [-98, 24],
      [54, 41],
    ]);
  });
  it('stops at 76°N so an arc over the Arctic does not shrink the whole map', () => {
    expect(
      boundsOf([
        [0, 0],
        [10, 84],
      ])?.[1][1],
    ).toBe(76);
  });
  it('has no box for no points', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('sameBounds', () => {
  it('takes a box made again with the same corners for the same target', () => {
    const a = boundsOf([
      [19, 40],
      [21, 42],
    ]);
    const b = boundsOf([
      [21, 42],
      [19, 40],
    ]);
    expect(a).not.toBe(b);
    expect(sameBounds(a, b)).toBe(true);
  });

  it('tells boxes apart by any one corner coordinate', () => {
    const a = [
      [19, 40],
      [21, 42],
    ] as const;
    expect(
      sameBounds(a, [
        [19.5, 40],
        [21, 42],
      ]),
    ).toBe(false);
    expect(
      sameBounds(a, [
        [19, 40.5],
        [21, 42],
      ]),
    ).toBe(false);
    expect(
      sameBounds(a, [
        [19, 40],
        [21.5, 42],
      ]),
    ).toBe(false);
    expect(
      sameBounds(a, [
        [19, 40],
        [21, 42.5],
      ]),
    ).toBe(false);
  });

  it('takes no box as different from any box', () => {
    expect(sameBounds(null, null)).toBe(true);
    expect(
      sameBounds(null, [
        [0, 0],
        [1, 1],
      ]),
    ).toBe(false);
  });
});
