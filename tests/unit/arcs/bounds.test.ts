import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../src/arcs/bounds.ts';

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
