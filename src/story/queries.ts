import { countryOf, entitiesNamedIn, entityIndex } from './model.ts';
import type { EntityId, Mention, Passage, Story } from './types.ts';

/**
 * The ids whose mentions count as naming `id`: itself, and for a country every entity that stands
 * for it (its capital, its leader, its government organs). Selecting Albania highlights "ترانا".
 */
export function namesFor(story: Story, id: EntityId): Set<EntityId> {
  const out = new Set<EntityId>([id]);
  const index = entityIndex(story);
  const entity = index.get(id);
  if (entity?.type === 'country') for (const e of story.entities) if (countryOf(e) === id) out.add(e.id);
  return out;
}

/** The passages that name an entity (by any of its surface forms or what stands for it), in article order. */
export function passagesNaming(story: Story, id: EntityId): Passage[] {
  return story.passages.filter((p) => entitiesNamedIn(story, p.id).has(id));
}

/** A passage cut into runs of plain text and mentions, each run a slice of the article. */
export interface QuoteRun {
  readonly text: string;
  readonly start: number;
  readonly mention?: Mention;
}

/** Cuts a passage into runs at its mentions, for highlighting; the runs join back to its text. */
export function quoteRuns(story: Story, passage: Passage): QuoteRun[] {
  const mentions = story.mentions.filter((m) => m.passage === passage.id).sort((a, b) => a.start - b.start);
  const runs: QuoteRun[] = [];
  let at = passage.start;
  for (const m of mentions) {
    if (m.start > at) runs.push({ text: story.article.slice(at, m.start), start: at });
    runs.push({ text: story.article.slice(m.start, m.end), start: m.start, mention: m });
    at = m.end;
  }
  if (at < passage.end) runs.push({ text: story.article.slice(at, passage.end), start: at });
  return runs;
}
