import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowRows, wrapLines } from '../../../src/export/textFlow.ts';

// One unit of width per character: easy to reason about.
const measure = (s: string) => s.length;

describe('wrapLines', () => {
  it('breaks text at spaces into lines no wider than the width', () => {
    expect(wrapLines('the map of the story', 10, measure)).toEqual(['the map of', 'the story']);
  });

  it('gives a word wider than the line a line of its own, uncut', () => {
    expect(wrapLines('a https://example.org/very/long b', 10, measure)).toEqual([
      'a',
      'https://example.org/very/long',
      'b',
    ]);
  });

  it('keeps every word, in order, whatever the width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/u)), fc.integer({ min: 1, max: 40 }), (words, width) => {
        const lines = wrapLines(words.join(' '), width, measure);
        expect(
          lines
            .join(' ')
            .split(' ')
            .filter((w) => w !== ''),
        ).toEqual(words);
        for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
      }),
    );
  });
});

describe('flowRows', () => {
  it('places items left to right and starts a new row when the next would pass the width', () => {
    expect(flowRows([40, 40, 40], 100, 10)).toEqual([
      { row: 0, x: 0 },
      { row: 0, x: 50 },
      { row: 1, x: 0 },
    ]);
  });

  it('puts an item wider than the row alone on its row', () => {
    expect(flowRows([20, 300, 20], 100, 10)).toEqual([
      { row: 0, x: 0 },
      { row: 1, x: 0 },
      { row: 2, x: 0 },
    ]);
  });
});
