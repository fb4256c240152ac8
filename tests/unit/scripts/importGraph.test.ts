import { describe, expect, it } from 'vitest';
import { importCycles } from '../../../scripts/lib/importGraph.ts';

describe('importCycles', () => {
  it('finds each cycle once, however long, and nothing in a tree without one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(importCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('tells two cycles apart that share no module', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['d']],
      ['d', ['c']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b'], ['c', 'd']]);
  });
});
