import { foldUrduLetters } from './foldLetters.ts';
import type { PlaceForm } from './placeForms.ts';
import { isWholeWord } from '../lib/wordBoundary.ts';

/** One place in the text where a form stands as whole words: [start, end) in UTF-16 code units
 * of the original text, and the form found there. */
export interface FormMatch {
  readonly start: number;
  readonly end: number;
  readonly form: PlaceForm;
}

/**
 * Finds every form over the text as whole words, resolving overlaps as findMentions does
 * (src/story/mentions.ts): the earliest start wins, and at the same start the longest match, so
 * "اسلامی جمہوریہ ایران" is one match and the "ایران" inside it is dropped; a non-place such as
 * "جنوبی امریکہ" swallows its "امریکہ" the same way. Matching is on folded letters
 * (foldUrduLetters), so ايران typed with an Arabic yeh is found; offsets are the original's.
 * Matches come back in text order.
 */
export function matchForms(text: string, forms: readonly PlaceForm[]): FormMatch[] {
  const folded = foldUrduLetters(text);
  const candidates: FormMatch[] = [];
  for (const form of forms) {
    if (form.text === '') continue;
    for (let at = folded.indexOf(form.text); at !== -1; at = folded.indexOf(form.text, at + 1)) {
      const end = at + form.text.length;
      // Folding maps letters to letters, so the boundary test gives the same answer on either text.
      if (isWholeWord(text, at, end)) candidates.push({ start: at, end, form });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: FormMatch[] = [];
  let covered = -1;
  for (const c of candidates) {
    if (c.start < covered) continue;
    out.push(c);
    covered = c.end;
  }
  return out;
}
