import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchForms } from '../../../src/gazetteer/matchForms.ts';
import type { PlaceForm } from '../../../src/gazetteer/placeForms.ts';
import { isWholeWord, isWordBoundary } from '../../../src/lib/wordBoundary.ts';
import { findMentions } from '../../../src/story/mentions.ts';
import type { Entity, Passage } from '../../../src/story/types.ts';

const form = (text: string, country: string): PlaceForm => ({ text, kind: 'name', country });

describe('word boundaries', () => {
  it('treats letters and combining marks as inside a word, everything else as a boundary', () => {
    expect(isWordBoundary('ab', -1)).toBe(true);
    expect(isWordBoundary('ab', 2)).toBe(true);
    expect(isWordBoundary('a b', 1)).toBe(true);
    expect(isWordBoundary('ایرانِ', 5)).toBe(false);
    expect(isWordBoundary('ایران۔', 5)).toBe(true);
    expect(isWordBoundary('ایران5', 5)).toBe(true);
    expect(isWholeWord('ایرانی', 0, 5)).toBe(false);
  });
});

describe("matchForms agrees with the story's own mention finder", () => {
  // Texts made of a few forms that overlap each other (ایران inside ایرانی and inside the full
  // state name), glued by spaces, punctuation or nothing: whatever the gazetteer reports, the
  // package's findMentions must find again, span for span, once the forms are entity surfaces.
  const FORMS = [
    form('ایران', 'IR'),
    form('ایرانی', 'IR2'),
    form('اسلامی جمہوریہ ایران', 'IR3'),
    form('امریکہ', 'US'),
    form('عرب', 'AR'),
    form('سعودی', 'SA2'),
    form('سعودی عرب', 'SA'),
  ];
  const pieces = fc.constantFrom(
    'ایران',
    'ایرانی',
    'اسلامی',
    'جمہوریہ',
    'اسلامی جمہوریہ ایران',
    'امریکہ',
    'سعودی',
    'عرب',
    'سعودی عرب',
    'ی',
    'ِ',
    ' ',
    '۔',
    '،',
    '"',
  );

  it('finds the same spans as findMentions for any text of such pieces', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const entities = FORMS.map((f): Entity => ({
          id: f.country ?? '',
          type: 'country',
          names: { ur: f.text, en: f.text },
          surfaces: [f.text],
        }));
        const whole: Passage[] = [{ id: 'p1', line: 1, start: 0, end: text.length, text }];
        const mentions = findMentions(text, entities, whole).map((m) => [m.start, m.end, m.entity]);
        const ours = matchForms(text, FORMS).map((m) => [m.start, m.end, m.form.country]);
        expect(ours).toEqual(mentions);
      }),
      { numRuns: 300 },
    );
  });
});
