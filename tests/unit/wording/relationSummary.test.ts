import { describe, expect, it } from 'vitest';
import {
  attribution,
  sharedAttribution,
  summaryAnswerFirst,
  summaryByCounterpart,
  summaryLine,
} from '../../../src/wording/relationSummary.ts';
import type { Relation } from '../../../src/story/types.ts';
import { ALBANIA as STORY } from '../stories.ts';

const of = (id: string) => STORY.relations.filter((r) => r.source === id || r.target === id);
const relation = (id: string): Relation => {
  const r = STORY.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id}`);
  return r;
};
const lineIds = (g: { lines: readonly { relation: Relation }[] }) => g.lines.map((l) => l.relation.id);

describe('summaryLine', () => {
  it('says who → whom: what, stated or alleged, according to whom', () => {
    expect(summaryLine(STORY, relation('albania-severs-ties'))).toMatchObject({
      what: 'Albania → Iran: severs diplomatic ties',
      certainty: 'stated',
      source: 'according to Albania',
    });
    expect(summaryLine(STORY, relation('iran-attacks-albania'))).toMatchObject({
      certainty: 'alleged',
      source: 'according to Albania and United States',
    });
    expect(attribution(STORY, relation('albania-nato-member'))).toBe('in the article’s own voice');
  });
});

describe('summaryByCounterpart', () => {
  it('groups an entity’s relations by the one at the other end, in order, every relation once', () => {
    const groups = summaryByCounterpart(STORY, 'ALB', of('ALB'));
    expect(groups.map((g) => g.heading)).toEqual([
      'With Iran',
      'With United States',
      'With Homeland Justice',
      'With NATO',
    ]);
    expect(lineIds(groups[0] ?? { lines: [] })).toEqual([
      'albania-severs-ties',
      'albania-expels-embassy',
      'albania-accuses-iran',
      'iran-attacks-albania',
      'iran-condemns-expulsion',
      'iran-denies-attack',
    ]);
    expect(groups.flatMap(lineIds).sort()).toEqual(
      of('ALB')
        .map((r) => r.id)
        .sort(),
    );
    expect(groups.some((g) => g.answer)).toBe(false);
  });

  it('puts the answer first, in the answer’s order, and leaves it out of the other groups', () => {
    const groups = summaryByCounterpart(STORY, 'IRN', of('IRN'), ['iran-denies-attack', 'iran-condemns-expulsion']);
    expect(groups[0]).toMatchObject({ key: 'answer', heading: 'The answer', answer: true });
    expect(lineIds(groups[0] ?? { lines: [] })).toEqual(['iran-denies-attack', 'iran-condemns-expulsion']);
    const all = groups.flatMap(lineIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(of('IRN').length);
  });

  it('leaves out answers the filters hide', () => {
    const shown = of('IRN').filter((r) => r.id !== 'iran-denies-attack');
    expect(
      lineIds(
        summaryByCounterpart(STORY, 'IRN', shown, ['iran-condemns-expulsion', 'iran-denies-attack'])[0] ?? {
          lines: [],
        },
      ),
    ).toEqual(['iran-condemns-expulsion']);
    expect(summaryByCounterpart(STORY, 'IRN', shown, ['iran-denies-attack'])[0]?.answer).toBe(false);
  });
});

describe('summaryAnswerFirst', () => {
  const attacks = STORY.relations.filter((r) => r.type === 'cyberattack' || r.type === 'recruits');
  const earlier = attacks.filter((r) => r.source === 'notorious-group').map((r) => r.id);

  it('one list without a heading when there is no answer; the answer, then the rest under a heading, when there is', () => {
    expect(summaryAnswerFirst(STORY, attacks, [], 'also of this kind').map((g) => g.heading)).toEqual([null]);
    const groups = summaryAnswerFirst(STORY, attacks, earlier, 'also of this kind');
    expect(groups.map((g) => g.heading)).toEqual(['The answer', 'Also of this kind']);
    expect(lineIds(groups[0] ?? { lines: [] })).toEqual(earlier);
    expect(lineIds(groups[1] ?? { lines: [] })).toEqual(['iran-attacks-albania', 'iran-recruits-group']);
  });

  it('says once what all the lines of the answer share', () => {
    const [answer] = summaryAnswerFirst(STORY, attacks, earlier, 'also of this kind');
    expect(sharedAttribution(answer?.lines ?? [])).toBe('All alleged, according to Albania.');
    expect(sharedAttribution(summaryAnswerFirst(STORY, attacks, [], 'x')[0]?.lines ?? [])).toBeNull();
    expect(sharedAttribution([summaryLine(STORY, relation('albania-severs-ties'))])).toBeNull();
  });
});
