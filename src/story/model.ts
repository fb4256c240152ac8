import { findMentions } from './mentions.ts';
import type { PhraseRef, RelationSource, StorySource } from './package/schema.ts';
import { buildPassages } from './passages.ts';
import { DEFAULT_SEGMENTATION, type SegmentationOptions } from './segment.ts';
import type { Entity, EntityId, Mention, Passage, PassageId, Relation, Span, Story } from './types.ts';

/** A story package as read from its folder: the slug, the article byte for byte, the annotation. */
export interface StoryPackage {
  readonly slug: string;
  readonly article: string;
  readonly source: StorySource;
}

/** The segmentation of a package: its own overrides over the defaults. */
export function segmentationOf(source: Pick<StorySource, 'segmentation'>): SegmentationOptions {
  return {
    maxListItemWords: source.segmentation.maxListItemWords ?? DEFAULT_SEGMENTATION.maxListItemWords,
    relativeOpeners: source.segmentation.relativeOpeners ?? DEFAULT_SEGMENTATION.relativeOpeners,
  };
}

/** Where a phrase falls inside its passage, or null when it is not there (or the passage is not). */
export function findPhrase(
  article: string,
  passages: readonly Passage[],
  ref: PhraseRef,
): (Span & { passage: PassageId }) | null {
  const passage = passages.find((p) => p.id === ref.in);
  if (!passage) return null;
  const at = article.slice(passage.start, passage.end).indexOf(ref.phrase);
  if (at === -1) return null;
  return { passage: passage.id, start: passage.start + at, end: passage.start + at + ref.phrase.length };
}

function resolvePhrase(article: string, passages: readonly Passage[], ref: PhraseRef): Span & { passage: PassageId } {
  const span = findPhrase(article, passages, ref);
  // A package reaches here only after checkPackage accepted it, so a miss is a bug in the caller.
  if (!span) throw new Error(`story: "${ref.phrase}" is not in ${ref.in} (was the package checked?)`);
  return span;
}

function buildRelation(article: string, passages: readonly Passage[], spec: RelationSource): Relation {
  return {
    id: spec.id,
    type: spec.type,
    source: spec.source,
    target: spec.target,
    label: spec.label,
    evidence: spec.evidence,
    context: spec.context,
    impliedEnds: spec.impliedEnds,
    assertedBy: spec.assertedBy,
    reportedBy: spec.reportedBy,
    alleged: spec.alleged,
    wording: resolvePhrase(article, passages, spec.wording),
    dates: spec.dates.map((d) => ({ ...resolvePhrase(article, passages, d), en: d.en, refersTo: d.refersTo })),
    ...(spec.contextDate ? { contextDate: spec.contextDate } : {}),
  };
}

/**
 * Builds the whole story model from a checked package: passages by segmentation, mentions by the
 * gazetteer of the package's entities, relations with their phrases resolved to spans. A pure
 * function of the package; it runs in the browser when a story opens and in the build (open data).
 */
export function buildStory(pkg: StoryPackage): Story {
  const { article, source } = pkg;
  const passages = buildPassages(article, segmentationOf(source));
  const mentions = findMentions(article, source.entities, passages);
  const relations = source.relations.map((spec) => buildRelation(article, passages, spec));
  return {
    slug: pkg.slug,
    meta: source.meta,
    article,
    passages,
    entities: source.entities,
    mentions,
    relations,
    unlinked: source.unlinked,
    glosses: source.glosses,
    roles: source.roles,
    typeLabels: source.typeLabels,
    map: source.map,
    steps: source.steps,
  };
}

/** The country an entity counts for: itself for a country, the country it stands for otherwise. */
export function countryOf(entity: Entity): EntityId | undefined {
  if (entity.type === 'country') return entity.id;
  return entity.standsFor?.country;
}

// The story never changes after it is built, so what is derived from it is computed once per story.
const namedCache = new WeakMap<Story, ReadonlyMap<PassageId, ReadonlySet<EntityId>>>();
const indexCache = new WeakMap<Story, ReadonlyMap<EntityId, Entity>>();

/** The entity records of a story by id. */
export function entityIndex(story: Story): ReadonlyMap<EntityId, Entity> {
  let index = indexCache.get(story);
  if (!index) {
    index = new Map(story.entities.map((e) => [e.id, e]));
    indexCache.set(story, index);
  }
  return index;
}

/** For each passage, the entities it names and the countries they stand for (see entitiesNamedIn). */
export function namedByPassage(
  entities: readonly Entity[],
  mentions: readonly Mention[],
): Map<PassageId, Set<EntityId>> {
  const index = new Map(entities.map((e) => [e.id, e]));
  const byPassage = new Map<PassageId, Set<EntityId>>();
  for (const m of mentions) {
    const set = byPassage.get(m.passage) ?? new Set<EntityId>();
    set.add(m.entity);
    const entity = index.get(m.entity);
    const country = entity ? countryOf(entity) : undefined;
    if (country) set.add(country);
    byPassage.set(m.passage, set);
  }
  return byPassage;
}

/**
 * The entities a passage names: those mentioned in it, plus the country each of them stands for
 * (a capital, a leader, a government organ). So "راما نے کہا" names Edi Rama and Albania.
 */
export function entitiesNamedIn(story: Story, passage: PassageId): ReadonlySet<EntityId> {
  let named = namedCache.get(story);
  if (!named) {
    named = namedByPassage(story.entities, story.mentions);
    namedCache.set(story, named);
  }
  return named.get(passage) ?? new Set();
}
