import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerFirst,
  contextBySentence,
  evidenceBySentence,
  moreSentencesNaming,
} from '../../../src/story/evidence.ts';
import type { Relation } from '../../../src/story/types.ts';
import { ALBANIA as STORY, FIXTURES } from '../stories.ts';

const ids = (xs: readonly { passage: { id: string } }[]) => xs.map((x) => x.passage.id);
const relationIds = (rs: readonly Relation[]) => rs.map((r) => r.id);
const of = (id: string) => STORY.relations.filter((r) => r.source === id || r.target === id);
const attacks = STORY.relations.filter((r) => r.type === 'cyberattack' || r.type === 'recruits');

describe('evidenceBySentence', () => {
  it.each(FIXTURES)(
    'quotes each evidence sentence of $slug once, in article order, with exactly the relations it evidences',
    ({ story }) => {
      const order = new Map(story.passages.map((p, i) => [p.id, i]));
      fc.assert(
        fc.property(fc.subarray([...story.relations]), (relations) => {
          const sentences = evidenceBySentence(story, relations);
          const seen = ids(sentences);
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen).toEqual([...seen].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
          // Every evidence passage of every relation is there, and nothing else.
          expect(new Set(seen)).toEqual(new Set(relations.flatMap((r) => r.evidence)));
          for (const s of sentences) {
            expect(relationIds(s.evidences)).toEqual(
              relationIds(relations.filter((r) => r.evidence.includes(s.passage.id))),
            );
            expect(relationIds(s.qualifies)).toEqual(
              relationIds(relations.filter((r) => r.context.includes(s.passage.id))),
            );
          }
        }),
        { numRuns: 100 },
      );
    },
  );

  it('lists both acts of line 1 under its one quote, and the seven of line 17a under its', () => {
    const albania = evidenceBySentence(STORY, of('ALB'));
    expect(relationIds(albania.find((s) => s.passage.id === 'p1')?.evidences ?? [])).toEqual([
      'albania-severs-ties',
      'albania-accuses-iran',
    ]);
    const earlier = evidenceBySentence(STORY, attacks);
    expect(ids(earlier)).toEqual(['p3', 'p6', 'p11', 'p17a']);
    expect(earlier.find((s) => s.passage.id === 'p17a')?.evidences).toHaveLength(7);
  });

  it('says where a sentence refers to an end without naming it', () => {
    const p12 = evidenceBySentence(STORY, of('ALB')).find((s) => s.passage.id === 'p12');
    expect(p12?.implied.map((i) => `${i.relation.id}:${i.end.entity}`)).toEqual(['iran-condemns-expulsion:ALB']);
  });
});

describe('contextBySentence', () => {
  it('gives the sentences that only add detail, never one already quoted as evidence', () => {
    expect(ids(contextBySentence(STORY, attacks))).toEqual(['p9', 'p10a']);
    const albania = of('ALB');
    const evidence = new Set(ids(evidenceBySentence(STORY, albania)));
    const context = ids(contextBySentence(STORY, albania));
    expect(context.length).toBeGreaterThan(0);
    for (const id of context) expect(evidence.has(id)).toBe(false);
  });
});

describe('moreSentencesNaming', () => {
  it('gives the sentences that name Albania beyond the evidence of its relations, with what they add detail to', () => {
    const more = moreSentencesNaming(STORY, 'ALB', of('ALB'));
    expect(ids(more)).toEqual(['p7', 'p9', 'p10a', 'p17a']);
    expect(relationIds(more.find((s) => s.passage.id === 'p7')?.qualifies ?? [])).toEqual([
      'albania-severs-ties',
      'albania-expels-embassy',
    ]);
    // With the evidence, each sentence that names Albania is quoted once in its panel.
    const all = [...ids(evidenceBySentence(STORY, of('ALB'))), ...ids(more)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives every sentence that names it when it has no relations', () => {
    expect(ids(moreSentencesNaming(STORY, 'edi-rama', []))).toEqual(
      STORY.passages.filter((p) => /راما|وزیر اعظم/u.test(p.text)).map((p) => p.id),
    );
  });
});

describe('answerFirst', () => {
  it('puts the sentences of the answer first and keeps the order otherwise', () => {
    const sentences = evidenceBySentence(STORY, of('IRN'));
    const sorted = answerFirst(sentences, new Set(['iran-condemns-expulsion', 'iran-denies-attack']));
    expect(ids(sorted).slice(0, 2)).toEqual(['p12', 'p13a']);
    expect(ids(sorted).slice(2)).toEqual(ids(sentences).filter((id) => id !== 'p12' && id !== 'p13a'));
    expect(answerFirst(sentences, new Set())).toEqual(sentences);
  });
});
