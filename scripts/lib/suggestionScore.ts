import type { Suggestion } from '../../src/author/suggestRelations.ts';
import type { Story } from '../../src/story/types.ts';

/** How well suggestions made from a story's raw text match the relations its package states. */
export interface SuggestionScore {
  /** Relations of the package some suggestion gives with the right ends, direction and type, from
   * one of its evidence passages. */
  readonly right: readonly string[];
  /** Relations in the package. */
  readonly of: number;
  /** Suggestions made. */
  readonly made: number;
  /** Suggestions that match no relation of the package (an author would reject them). */
  readonly wrong: number;
}

const matches = (s: Suggestion, r: Story['relations'][number]) =>
  s.source === r.source && s.target === r.target && s.type === r.type && r.evidence.includes(s.passage);

/** Scores suggestions against the story's relations. */
export function suggestionScore(story: Pick<Story, 'relations'>, suggestions: readonly Suggestion[]): SuggestionScore {
  return {
    right: story.relations.filter((r) => suggestions.some((s) => matches(s, r))).map((r) => r.id),
    of: story.relations.length,
    made: suggestions.length,
    wrong: suggestions.filter((s) => !story.relations.some((r) => matches(s, r))).length,
  };
}
