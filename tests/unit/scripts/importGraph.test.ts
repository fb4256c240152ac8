import { describe, expect, it } from 'vitest';
import { importCycles, layerViolations } from '../../../scripts/lib/importGraph.ts';

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
    expect(
      importCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('tells two cycles apart that share no module', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['d']],
      ['d', ['c']],
    ]);
    expect(importCycles(graph)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('layerViolations', () => {
  it('names each import across a layer, and only those', () => {
    const graph = new Map([
      ['src/story/model.ts', ['src/story/types.ts', 'src/i18n/messages.ts']],
      ['src/panel/Quote.tsx', ['src/i18n/messages.ts']],
    ]);
    expect(layerViolations(graph, [{ from: 'src/story/', not: ['src/i18n/'], why: 'pure' }])).toEqual([
      'src/story/model.ts → src/i18n/messages.ts (pure)',
    ]);
  });
});
