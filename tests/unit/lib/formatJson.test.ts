import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../src/lib/formatJson.ts';
import { FIXTURES } from '../stories.ts';

describe('formatJson', () => {
  it('parses back to the same value, whatever the value (commas and colons inside strings untouched)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(formatJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
    expect(JSON.parse(formatJson({ a: 'x,"y":1,new' }))).toEqual({ a: 'x,"y":1,new' });
  });

  it('keeps what fits on one line on one line, and breaks what does not', () => {
    expect(formatJson({ anchor: [20.05, 41.15], names: { ur: 'البانیہ', en: 'Albania' } })).toBe(
      '{"anchor": [20.05, 41.15], "names": {"ur": "البانیہ", "en": "Albania"}}\n',
    );
    const long = formatJson({ evidence: Array.from({ length: 30 }, (_, i) => `p${i + 1}`) }, 40);
    expect(long.split('\n').length).toBeGreaterThan(3);
    for (const line of long.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('drops what JSON has no form for, as JSON.stringify does', () => {
    expect(formatJson({ a: undefined, b: 1 })).toBe('{"b": 1}\n');
  });

  it.each(FIXTURES)('is how the package $slug is written (so formatting never shows as a change)', async ({ slug }) => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL(`../../../stories/${slug}/story.json`, import.meta.url), 'utf8');
    expect(formatJson(JSON.parse(text))).toBe(text);
  });
});
