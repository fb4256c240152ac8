import { describe, expect, it } from 'vitest';
import { noteIn } from '../../../src/wording/describe.ts';
import { ALBANIA } from '../stories.ts';

describe('noteIn: our notes in the reader’s language', () => {
  it('gives the package’s Urdu in Urdu, and its English (marked English) where there is no Urdu', () => {
    expect(noteIn({ why: 'Because.', whyUr: 'کیونکہ۔' }, 'ur')).toEqual({ text: 'کیونکہ۔', lang: 'ur' });
    expect(noteIn({ why: 'Because.', whyUr: 'کیونکہ۔' }, 'en')).toEqual({ text: 'Because.', lang: 'en' });
    expect(noteIn({ why: 'Because.' }, 'ur')).toEqual({ text: 'Because.', lang: 'en' });
  });

  it('finds every note of the first story in Urdu, so an Urdu reader meets none in English', () => {
    const notes = [
      ...ALBANIA.entities.flatMap((e) => (e.placement ? [e.placement] : [])),
      ...ALBANIA.relations.flatMap((r) => [...r.impliedEnds, ...(r.contextDate ? [r.contextDate] : [])]),
      ...ALBANIA.steps.flatMap((s) => (s.when ? [s.when] : [])),
    ];
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes) expect(noteIn(note, 'ur').lang, note.why).toBe('ur');
  });
});
