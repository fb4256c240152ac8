import { DEFAULT_SEGMENTATION, segmentSentences, type SegmentationOptions } from './segment.ts';
import type { Passage } from './types.ts';

/**
 * Turns the article into passages: one per sentence, id `p<line>` for a line that is one sentence
 * and `p<line>a`, `p<line>b`... where a line holds several. The text is always sliced, never typed.
 */
export function buildPassages(article: string, options: SegmentationOptions = DEFAULT_SEGMENTATION): Passage[] {
  const spans = segmentSentences(article, options);
  const perLine = new Map<number, number>();
  for (const s of spans) perLine.set(s.line, (perLine.get(s.line) ?? 0) + 1);
  const seen = new Map<number, number>();
  return spans.map((s) => {
    const nth = seen.get(s.line) ?? 0;
    seen.set(s.line, nth + 1);
    const suffix = (perLine.get(s.line) ?? 1) > 1 ? String.fromCharCode(97 + nth) : '';
    return { id: `p${s.line}${suffix}`, line: s.line, start: s.start, end: s.end, text: article.slice(s.start, s.end) };
  });
}
