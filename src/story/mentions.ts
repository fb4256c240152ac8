import { isWholeWord } from '../lib/wordBoundary.ts';
import type { Entity, EntityId, Mention, Passage } from './types.ts';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityId;
}

/**
 * Finds every mention of every entity by matching its surface forms over the text.
 *
 * Matches must start and end on word boundaries, so "ایران" is not found inside "ایرانی" (which is
 * a surface of its own). Where surfaces overlap, the longest match wins and the shorter one inside
 * it is dropped: "اسلامی جمہوریہ ایران" is one mention, not two.
 */
export function findMentions(text: string, entities: readonly Entity[], passages: readonly Passage[]): Mention[] {
  const candidates: Candidate[] = [];
  for (const entity of entities) {
    for (const surface of entity.surfaces) {
      for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
        const end = at + surface.length;
        if (isWholeWord(text, at, end)) candidates.push({ start: at, end, entity: entity.id });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  let covered = -1;
  for (const c of candidates) {
    if (c.start < covered) continue;
    const passage = passages.find((p) => p.start <= c.start && c.end <= p.end);
    // A surface that straddles two passages would be a segmentation bug; it is dropped, and the
    // unit test that every country is found on every line that names it would then fail.
    if (!passage) continue;
    out.push({ start: c.start, end: c.end, entity: c.entity, passage: passage.id });
    covered = c.end;
  }
  return out;
}
