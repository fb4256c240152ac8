import { describe, expect, it } from 'vitest';
import { KIND_OF_TYPE, kindCounts, kindOf, kindsNamed } from '../../../src/story/relationKinds.ts';
import { FIXTURES } from '../stories.ts';
import { RELATION_KINDS, RELATION_TYPES } from '../../../src/story/vocabulary.ts';

describe('relation kinds', () => {
  // The twelve families of act Urdu news reports between states: each a kind of its own, so each has
  // its own colour, mark and legend line.
  const families = {
    'military strike': 'strikes',
    sanctions: 'imposes-sanctions',
    'diplomatic rupture': 'severs-ties',
    restoration: 'restores-ties',
    accusation: 'accuses',
    denial: 'denies',
    condemnation: 'condemns',
    support: 'supports',
    'talks or agreement': 'holds-talks',
    aid: 'sends-aid',
    threat: 'threatens',
    'recruitment or proxy': 'recruits',
    cyberattack: 'cyberattack',
  } as const;

  it('gives each family of act a kind of its own', () => {
    const kinds = Object.values(families).map((type) => KIND_OF_TYPE[type]);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('gives every kind at least one type, so no legend line is unreachable', () => {
    for (const kind of RELATION_KINDS)
      expect(
        RELATION_TYPES.some((t) => kindOf({ type: t }) === kind),
        kind,
      ).toBe(true);
  });

  it('reads a kind’s name, or a former name as the kinds it became, and nothing else', () => {
    expect(kindsNamed('strike')).toEqual(['strike']);
    expect(kindsNamed('attack')).toEqual(['cyberattack', 'proxy']);
    expect(kindsNamed('rejection')).toEqual(['condemnation', 'denial']);
    expect(kindsNamed('constructor')).toEqual([]);
    expect(kindsNamed('')).toEqual([]);
  });
});

describe('kindCounts', () => {
  it('counts every relation once, under its own kind', () => {
    for (const { slug, story } of FIXTURES) {
      const counts = kindCounts(story);
      expect(
        [...counts.values()].reduce((a, b) => a + b, 0),
        slug,
      ).toBe(story.relations.length);
      for (const k of RELATION_KINDS)
        expect(counts.get(k), `${slug}: ${k}`).toBe(story.relations.filter((r) => kindOf(r) === k).length);
    }
  });
});
