import { entitiesNamedIn } from './model.ts';
import type { EntityId, ImpliedEnd, Passage, Relation, Story } from './types.ts';

// The panel quotes each sentence once. Several relations often rest on one sentence (line 17a
// evidences seven), so quoting per relation would repeat it; these functions turn a list of
// relations into a list of sentences, each with the relations it bears on listed under it.

/** One sentence of the article and what it says about a set of relations. */
export interface SentenceEvidence {
  readonly passage: Passage;
  /** The relations this sentence states (it is among their evidence), in the order given. */
  readonly evidences: readonly Relation[];
  /** The relations it adds detail to (it is among their context), in the order given. */
  readonly qualifies: readonly Relation[];
  /** Ends of the relations it evidences that it refers to without naming them, with why. */
  readonly implied: readonly { readonly relation: Relation; readonly end: ImpliedEnd }[];
}

function sentenceEvidence(passage: Passage, relations: readonly Relation[]): SentenceEvidence {
  const evidences = relations.filter((r) => r.evidence.includes(passage.id));
  return {
    passage,
    evidences,
    qualifies: relations.filter((r) => r.context.includes(passage.id)),
    implied: evidences.flatMap((relation) =>
      relation.impliedEnds.filter((end) => end.passage === passage.id).map((end) => ({ relation, end })),
    ),
  };
}

/** Every sentence that evidences at least one of `relations`, once, in article order, with every
 * one of them it evidences (and qualifies) listed under it. */
export function evidenceBySentence(story: Story, relations: readonly Relation[]): SentenceEvidence[] {
  const cited = new Set(relations.flatMap((r) => r.evidence));
  return story.passages.filter((p) => cited.has(p.id)).map((p) => sentenceEvidence(p, relations));
}

/** Every sentence that adds detail to at least one of `relations` but evidences none of them, once,
 * in article order: what a panel offers after the evidence, as "more context". */
export function contextBySentence(story: Story, relations: readonly Relation[]): SentenceEvidence[] {
  const evidence = new Set(relations.flatMap((r) => r.evidence));
  const context = new Set(relations.flatMap((r) => r.context));
  return story.passages
    .filter((p) => context.has(p.id) && !evidence.has(p.id))
    .map((p) => sentenceEvidence(p, relations));
}

/** The sentences that name an entity (by any form, or by what stands for it) and evidence none of
 * `relations`, in article order, each with those of `relations` it adds detail to. */
export function moreSentencesNaming(
  story: Story,
  entity: EntityId,
  relations: readonly Relation[],
): SentenceEvidence[] {
  const evidence = new Set(relations.flatMap((r) => r.evidence));
  return story.passages
    .filter((p) => !evidence.has(p.id) && entitiesNamedIn(story, p.id).has(entity))
    .map((p) => sentenceEvidence(p, relations));
}

/** The sentences that bear on the answer to a question come first; the order is otherwise kept. */
export function answerFirst(sentences: readonly SentenceEvidence[], answer: ReadonlySet<string>): SentenceEvidence[] {
  const answers = (s: SentenceEvidence) => s.evidences.some((r) => answer.has(r.id));
  return [...sentences.filter(answers), ...sentences.filter((s) => !answers(s))];
}
