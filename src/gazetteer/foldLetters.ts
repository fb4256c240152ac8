// Urdu typed on an Arabic keyboard, or pasted from an Arabic-script page, often carries the Arabic
// yeh (ي U+064A), alef maksura (ى U+0649) and kaf (ك U+0643) where Urdu writes ی (U+06CC) and
// ک (U+06A9). They look alike and mean the same, so the gazetteer matches on folded text; each
// letter folds to exactly one letter, so an offset in the folded text is the same offset in the
// original, and what is reported is always the original's own slice.
//
// Deliberately not folded: the Arabic heh ه (U+0647). It stands for ہ at a word's end but for the
// aspirate ھ inside one (بهارت for بھارت), so no single replacement is right. Nor are decomposed
// letters (ا + ٓ for آ): composing them would change the length, and with it every offset.
const FOLDS: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک' };
const FOLDABLE = /[يىك]/gu;

/** The text with Arabic look-alike letters replaced by the Urdu ones, code unit for code unit. */
export function foldUrduLetters(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch);
}
