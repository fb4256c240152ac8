// The one word-boundary rule of the project, shared by the story's mentions (story/mentions.ts) and
// the gazetteer of `story:new` (gazetteer/): a surface the gazetteer reports is later matched again
// by findMentions in the package, so the two must never disagree.
// A letter or a combining mark (Urdu vowel signs such as the izafat zer, tanween) continues a
// word; anything else (a space, punctuation, quotation marks, the full stop ۔, a digit) ends it.
const WORD_CHAR = /[\p{L}\p{M}]/u;

/** Whether position `index` of `text` is not part of a word: before the start, past the end, or a
 * character that is neither a letter nor a combining mark. */
export function isWordBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !WORD_CHAR.test(ch);
}

/** Whether text[start, end) stands as whole words: nothing letter-like touches either end. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return isWordBoundary(text, start - 1) && isWordBoundary(text, end);
}
