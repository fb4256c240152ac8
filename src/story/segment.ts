import type { Span } from './types.ts';

/** A sentence span with the 1-based line it stands on. */
export interface SentenceSpan extends Span {
  readonly line: number;
}

// Urdu full stop (U+06D4), Arabic question mark, and the Latin marks an Urdu text may borrow.
const TERMINATORS = new Set(['۔', '؟', '?', '!']);

/** How a text is cut into sentences; a story package may override either field for its article. */
export interface SegmentationOptions {
  /** A piece this short between two full stops is a list item, not a sentence. */
  readonly maxListItemWords: number;
  /** Words that open a relative clause, which then stays with the sentence it qualifies. */
  readonly relativeOpeners: readonly string[];
}

/**
 * Defaults that fit Urdu news copy. Some writers use the full stop as a list comma ("اسرائیل۔ سعودی
 * عرب۔ متحدہ عرب امارات۔ اردن۔ کویت اور قبرص"): a list item rarely has more than three words, and a
 * real sentence rarely has fewer than five. And a sentence is sometimes closed early and continued
 * with "جس میں ..." ("in which ..."): such a clause cannot stand alone as a quote.
 */
export const DEFAULT_SEGMENTATION: SegmentationOptions = {
  maxListItemWords: 3,
  relativeOpeners: ['جس', 'جن', 'جنہوں', 'جسے', 'جنہیں'],
};

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

/** Trims white space off both ends of a span of `text`. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** Splits one line into pieces that each end at a terminator (or at the end of the line). */
function pieces(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (TERMINATORS.has(text[i] ?? '')) {
      // Several marks in a row ("؟!") end one sentence, not several.
      while (i + 1 < end && TERMINATORS.has(text[i + 1] ?? '')) i++;
      out.push(trimSpan(text, from, i + 1));
      from = i + 1;
    }
  }
  const tail = trimSpan(text, from, end);
  if (tail.end > tail.start) out.push(tail);
  return out.filter((p) => p.end > p.start);
}

function wordCount(text: string, span: Span): number {
  // The terminator itself is not a word.
  return words(text.slice(span.start, span.end).replace(/[۔؟?!]/gu, ' ')).length;
}

/**
 * Splits the article into sentences, line by line, with spans into the original text.
 *
 * Edge cases it handles, all found in the first story's article:
 * - the full stop used as a list separator between short items (kept inside one sentence);
 * - a relative clause punctuated as its own sentence (joined to the one it qualifies);
 * - words glued to the next without a space ("پرتقریباً"), which do not end anything;
 * - a line without a final full stop (the tail is still a sentence);
 * - hamza (ء) and quotation marks, which are not terminators.
 */
export function segmentSentences(text: string, options: SegmentationOptions = DEFAULT_SEGMENTATION): SentenceSpan[] {
  const openers = new Set(options.relativeOpeners);
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    const lineEnd = lineStart + lineText.length;
    const raw = pieces(text, lineStart, lineEnd);
    const merged: Span[] = [];
    raw.forEach((piece, i) => {
      const prev = merged[merged.length - 1];
      const short = wordCount(text, piece) <= options.maxListItemWords;
      const prevRaw = raw[i - 1];
      const prevShort = prevRaw !== undefined && wordCount(text, prevRaw) <= options.maxListItemWords;
      const opener = words(text.slice(piece.start, piece.end))[0] ?? '';
      const joins = prev !== undefined && (short || prevShort || openers.has(opener));
      if (joins) merged[merged.length - 1] = { start: prev.start, end: piece.end };
      else merged.push(piece);
    });
    for (const span of merged) out.push({ ...span, line: index + 1 });
    lineStart = lineEnd + 1;
  });
  return out;
}
