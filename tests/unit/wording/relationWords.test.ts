import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { kindLabel, typeLabel } from '../../../src/wording/relationWords.ts';
import { RELATION_KINDS, RELATION_TYPES } from '../../../src/story/vocabulary.ts';
import { ALBANIA } from '../stories.ts';

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

describe('relation words', () => {
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
});
