import type { Passage, Story } from './types.ts';

// A passage reference, as the address and the passage selection carry it, names either one sentence
// (`p17a`, or `p3` for a line that is one sentence) or a whole line (`p17`: p17a and p17b). The
// The docs have always told readers that `p<line>` is a form of `passage=`; a line that holds several
// sentences is the one case where that form is not itself a sentence id, and it means all of them.

const LINE_REF = /^p([1-9]\d*)$/u;

/** The sentences a reference names, in article order: one sentence, every sentence of a line, or
 * none when the story has no such sentence or line. */
export function sentencesOf(story: Pick<Story, 'passages'>, ref: string): Passage[] {
  const exact = story.passages.find((p) => p.id === ref);
  if (exact) return [exact];
  const line = LINE_REF.exec(ref)?.[1];
  return line === undefined ? [] : story.passages.filter((p) => p.line === Number(line));
}

/** The references to whole lines that are not themselves sentence ids: `p17` where line 17 holds
 * p17a and p17b. With the sentence ids, these are every reference a story resolves. */
export function lineRefs(story: Pick<Story, 'passages'>): string[] {
  const ids = new Set(story.passages.map((p) => p.id));
  return [...new Set(story.passages.map((p) => `p${p.line}`))].filter((ref) => !ids.has(ref));
}
