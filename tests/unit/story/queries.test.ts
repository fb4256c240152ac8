import { describe, expect, it } from 'vitest';
import { ALBANIA as STORY } from '../stories.ts';
import { namesFor, passagesNaming, quoteRuns } from '../../../src/story/queries.ts';

describe('namesFor', () => {
  it('a country is named by itself, its capital, its leader and its organs', () => {
    expect(namesFor(STORY, 'ALB')).toEqual(new Set(['ALB', 'tirana', 'edi-rama']));
    expect(namesFor(STORY, 'USA')).toEqual(new Set(['USA', 'white-house', 'joe-biden']));
  });
  it('an organisation is named only by itself', () => {
    expect(namesFor(STORY, 'nato')).toEqual(new Set(['nato']));
  });
});

describe('passagesNaming', () => {
  it('finds every passage of line 17 for an earlier target, and none elsewhere', () => {
    expect(passagesNaming(STORY, 'KWT').map((p) => p.id)).toEqual(['p17a']);
  });
  it('finds Albania through "راما" in line 10', () => {
    expect(passagesNaming(STORY, 'ALB').map((p) => p.id)).toContain('p10a');
  });
});

describe('quoteRuns', () => {
  it('joins back to the passage text exactly, for every passage', () => {
    for (const p of STORY.passages)
      expect(
        quoteRuns(STORY, p)
          .map((r) => r.text)
          .join(''),
      ).toBe(p.text);
  });
  it('marks the mentions as runs of their own', () => {
    const p1 = STORY.passages[0];
    if (!p1) throw new Error('no passage');
    const mentioned = quoteRuns(STORY, p1)
      .filter((r) => r.mention)
      .map((r) => r.text);
    expect(mentioned).toEqual(['البانیہ', 'ایران', 'سائبر حملے', 'تہران']);
  });
});

describe('describeRelation', () => {
  it('words an edge in English and in the article’s own Urdu', async () => {
    const { describeRelation, relationLabel } = await import('../../../src/wording/describe.ts');
    const r = STORY.relations.find((x) => x.id === 'albania-severs-ties');
    if (!r) throw new Error('missing relation');
    const d = describeRelation(STORY, r);
    expect(d.en).toBe('Albania → Iran: severs diplomatic ties');
    expect(d.ur).toBe('البانیہ ← ایران: سفارتی تعلقات ختم کر دیے');
    expect(d.certainty).toBe('stated');
    const attack = STORY.relations.find((x) => x.id === 'iran-attacks-albania');
    if (!attack) throw new Error('missing relation');
    expect(relationLabel(STORY, attack)).toBe('Iran → Albania: cyberattack (alleged, 15 July; about two months ago)');
    expect(describeRelation(STORY, attack).dateUr).toBe('پندرہ جولائی، تقریباً دو ماہ قبل');
  });
});
