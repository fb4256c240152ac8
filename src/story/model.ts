import { ENTITIES, countryOf, entityById } from './entities.ts';
import { findMentions } from './mentions.ts';
import { buildPassages } from './passages.ts';
import { RELATION_SPECS, type PhraseRef, type RelationSpec } from './relations.ts';
import type { Entity, EntityId, Passage, PassageId, Relation, Span, Story, UnlinkedPassage } from './types.ts';

// Passages that evidence no relation, and why they belong to the story anyway. Empty today: a unit
// test fails if a passage is neither evidence, context nor listed here.
const UNLINKED: readonly UnlinkedPassage[] = [];

/** Resolves a phrase to its span inside a passage; our own data, so a miss is a bug and throws. */
function resolvePhrase(article: string, passages: readonly Passage[], ref: PhraseRef): Span & { passage: PassageId } {
  const passage = passages.find((p) => p.id === ref.in);
  if (!passage) throw new Error(`story: no passage ${ref.in}`);
  const at = article.slice(passage.start, passage.end).indexOf(ref.phrase);
  if (at === -1) throw new Error(`story: "${ref.phrase}" is not in ${ref.in}`);
  return { passage: passage.id, start: passage.start + at, end: passage.start + at + ref.phrase.length };
}

function buildRelation(article: string, passages: readonly Passage[], spec: RelationSpec): Relation {
  return {
    id: spec.id,
    type: spec.type,
    source: spec.source,
    target: spec.target,
    label: spec.label,
    evidence: spec.evidence,
    context: spec.context ?? [],
    impliedEnds: spec.impliedEnds ?? [],
    assertedBy: spec.assertedBy,
    reportedBy: spec.reportedBy ?? [],
    alleged: spec.alleged,
    wording: resolvePhrase(article, passages, spec.wording),
    dates: (spec.dates ?? []).map((d) => ({ ...resolvePhrase(article, passages, d), en: d.en, refersTo: d.refersTo })),
    ...(spec.contextDate ? { contextDate: spec.contextDate } : {}),
  };
}

/**
 * Builds the whole story model from the article text: passages by segmentation, mentions by the
 * gazetteer, relations from our hand-read specs with their phrases resolved to spans.
 * Runs in the browser at start-up and in the build (for the open data), from the same code.
 */
export function buildStory(article: string): Story {
  const passages = buildPassages(article);
  const mentions = findMentions(article, ENTITIES, passages);
  const relations = RELATION_SPECS.map((spec) => buildRelation(article, passages, spec));
  return { article, passages, entities: ENTITIES, mentions, relations, unlinked: UNLINKED };
}

// The story never changes after it is built, so what is derived from it is computed once per story.
const namedCache = new WeakMap<Story, ReadonlyMap<PassageId, ReadonlySet<EntityId>>>();
const indexCache = new WeakMap<Story, ReadonlyMap<EntityId, Entity>>();

/**
 * The entities a passage names: those mentioned in it, plus the country each of them stands for
 * (a capital, a leader, a government organ). So "راما نے کہا" names Edi Rama and Albania.
 */
export function entitiesNamedIn(story: Story, passage: PassageId): ReadonlySet<EntityId> {
  let named = namedCache.get(story);
  if (!named) {
    const byPassage = new Map<PassageId, Set<EntityId>>();
    for (const m of story.mentions) {
      const set = byPassage.get(m.passage) ?? new Set<EntityId>();
      set.add(m.entity);
      const entity = entityById(m.entity);
      const country = entity ? countryOf(entity) : undefined;
      if (country) set.add(country);
      byPassage.set(m.passage, set);
    }
    named = byPassage;
    namedCache.set(story, named);
  }
  return named.get(passage) ?? new Set();
}

/** The entity records of a story by id. */
export function entityIndex(story: Story): ReadonlyMap<EntityId, Entity> {
  let index = indexCache.get(story);
  if (!index) {
    index = new Map(story.entities.map((e) => [e.id, e]));
    indexCache.set(story, index);
  }
  return index;
}
