import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { KIND_OF_TYPE, kindLabel, kindOf, kindsNamed, typeLabel } from '../../../src/story/relationKinds.ts';
import { RELATION_KINDS, RELATION_TYPES } from '../../../src/story/vocabulary.ts';
import { ALBANIA } from './../stories.ts';

describe('typeLabel', () => {
  it('uses a package’s English-only wording in English, and ours in Urdu', () => {
    expect(typeLabel(ALBANIA, 'recruits', 'en')).toBe('Recruits a hacking group');
    expect(typeLabel(ALBANIA, 'recruits', 'ur')).toBe(messagesFor('ur').relation.type.recruits);
  });

  it('uses a package’s wording in both languages where it gives both', () => {
    const story = { typeLabels: { cyberattack: { en: 'Strikes from the air', ur: 'فضائی حملہ کرتا ہے' } } };
    expect(typeLabel(story, 'cyberattack', 'en')).toBe('Strikes from the air');
    expect(typeLabel(story, 'cyberattack', 'ur')).toBe('فضائی حملہ کرتا ہے');
  });

  it('falls back to ours where the package words nothing', () => {
    expect(typeLabel({ typeLabels: {} }, 'denies', 'en')).toBe(messagesFor('en').relation.type.denies);
  });
});

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

  it('words every type and kind in English and in Urdu (Urdu in Arabic script, not English left in)', () => {
    for (const type of RELATION_TYPES) {
      expect(typeLabel({ typeLabels: {} }, type, 'en')).toMatch(/^[A-Z][a-z]/u);
      expect(typeLabel({ typeLabels: {} }, type, 'ur')).toMatch(/^[\u0600-\u06FF]/u);
    }
    for (const kind of RELATION_KINDS) {
      expect(kindLabel(kind, 'en')).toMatch(/^[A-Z][a-z]/u);
      expect(kindLabel(kind, 'ur')).toMatch(/^[\u0600-\u06FF]/u);
    }
  });

  it('gives every kind at least one type, so no legend line is unreachable', () => {
    for (const kind of RELATION_KINDS) expect(RELATION_TYPES.some((t) => kindOf({ type: t }) === kind), kind).toBe(true);
  });

  it('reads a kind’s name, or a former name as the kinds it became, and nothing else', () => {
    expect(kindsNamed('strike')).toEqual(['strike']);
    expect(kindsNamed('attack')).toEqual(['cyberattack', 'proxy']);
    expect(kindsNamed('rejection')).toEqual(['condemnation', 'denial']);
    expect(kindsNamed('constructor')).toEqual([]);
    expect(kindsNamed('')).toEqual([]);
  });
});
