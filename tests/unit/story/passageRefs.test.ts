import { describe, expect, it } from 'vitest';
import { lineRefs, sentencesOf } from '../../../src/story/passageRefs.ts';
import { ALBANIA as STORY, FIXTURES } from '../stories.ts';

const ids = (ref: string) => sentencesOf(STORY, ref).map((p) => p.id);

describe('sentencesOf', () => {
  it('a sentence id names that sentence; p<line> names every sentence of its line', () => {
    expect(ids('p17a')).toEqual(['p17a']);
    expect(ids('p17')).toEqual(['p17a', 'p17b']);
    expect(ids('p3')).toEqual(['p3']);
  });

  it('names nothing for a line or sentence the story does not have', () => {
    for (const ref of ['p99', 'p17c', 'p0', 'p', '17', 'P17', '']) expect(ids(ref)).toEqual([]);
  });
});

describe('lineRefs', () => {
  it('lists the lines of several sentences, which are not sentence ids themselves', () => {
    expect(lineRefs(STORY)).toEqual(['p5', 'p10', 'p13', 'p17']);
  });

  it.each(FIXTURES)('each line of $slug is named by p<line>, as a sentence id or a line reference', ({ story }) => {
    const refs = new Set([...story.passages.map((p) => p.id), ...lineRefs(story)]);
    for (const p of story.passages) expect(refs.has(`p${p.line}`)).toBe(true);
    for (const ref of lineRefs(story)) expect(sentencesOf(story, ref).length).toBeGreaterThan(1);
  });
});
