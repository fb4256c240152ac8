import type { BoundsPair, EntitySource, MapViewSource, RoleSource, StepSource, StoryMeta } from './package/schema.ts';
import type { DateReference, RelationKind, RelationType } from './vocabulary.ts';

// The story's data model, typed in one place. Everything the views show is derived from these
// records; every Urdu string a reader sees as a quote is a slice of the article text. What a story
// package declares is typed by its schema (package/schema.ts) and reused here, not written twice.

export type { EntityType, RelationType, Representation } from './vocabulary.ts';

/** Stable id of a passage: `p<line>` or `p<line><letter>` when a line holds several sentences. */
export type PassageId = string;

/** Id of an entity: ISO 3166-1 alpha-3 for countries, kebab-case for everything else. */
export type EntityId = string;

/** A half-open range [start, end) of UTF-16 code units in the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A whole sentence (or a clause the article punctuates as one) of the article. */
export interface Passage extends Span {
  readonly id: PassageId;
  /** 1-based line of the article file the passage stands on. */
  readonly line: number;
  /** Always `article.slice(start, end)`; kept on the record so open data is self-contained. */
  readonly text: string;
}

/** A thing the article names: its names, every surface form the article uses for it, and where the
 * map draws it. Declared in the story package; see package/schema.ts for each field. */
export type Entity = EntitySource;

/** One occurrence of a surface form in the article, found by the gazetteer. */
export interface Mention extends Span {
  readonly entity: EntityId;
  readonly passage: PassageId;
}

/** A date as the article words it: a slice of the article plus our English gloss. */
export interface ArticleDate extends Span {
  readonly passage: PassageId;
  readonly en: string;
  /** Whether the date is when the act happened, when it was said, or a deadline set for it. */
  readonly refersTo: DateReference;
}

/** A date the article does not give, added by us for orientation and always shown as context. */
export interface ContextDate {
  readonly en: string;
  /** The same date in Urdu (ours too), for the Urdu interface; English stands in where it is missing. */
  readonly ur?: string | undefined;
  readonly why: string;
  readonly whyUr?: string | undefined;
}

/** An end of a relation that an evidence passage refers to without naming it, with our reason. */
export interface ImpliedEnd {
  readonly passage: PassageId;
  readonly entity: EntityId;
  /** Passages that do name it and make the reference clear. */
  readonly resolvedBy: readonly PassageId[];
  readonly why: string;
  readonly whyUr?: string | undefined;
}

/** A typed, directed edge between two entities, with the passages that evidence it. */
export interface Relation {
  readonly id: string;
  readonly type: RelationType;
  readonly source: EntityId;
  readonly target: EntityId;
  /** Our English wording of the edge, e.g. "severs diplomatic ties with". */
  readonly label: string;
  /** Passages that state the relation and name both of its ends. */
  readonly evidence: readonly PassageId[];
  /** Passages that add detail (a date, a quote, a consequence) without naming both ends. */
  readonly context: readonly PassageId[];
  readonly impliedEnds: readonly ImpliedEnd[];
  /** Who, according to the article, says this is so. */
  readonly assertedBy: readonly EntityId[];
  /** Who the article says reported the assertion (a news agency, state TV). */
  readonly reportedBy: readonly EntityId[];
  /** True when the article presents the act as a claim or assessment, not as established. */
  readonly alleged: boolean;
  /** The article's own words for the act, a slice of one evidence passage. */
  readonly wording: Span & { readonly passage: PassageId };
  /** Dates as the article words them (several when it dates the act more than one way). */
  readonly dates: readonly ArticleDate[];
  readonly contextDate?: ContextDate;
}

/** A passage that evidences no relation, with the reason it is still part of the story. */
export interface UnlinkedPassage {
  readonly passage: PassageId;
  readonly why: string;
}

/** The whole story: its package (article and annotation) and everything derived from it. */
export interface Story {
  /** The package's folder name under stories/, as the address names it (`?story=`). */
  readonly slug: string;
  readonly meta: StoryMeta;
  readonly article: string;
  readonly passages: readonly Passage[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly relations: readonly Relation[];
  readonly unlinked: readonly UnlinkedPassage[];
  /** Our English translation of each passage, by passage id. */
  readonly glosses: Readonly<Record<PassageId, string>>;
  /** The roles countries play, in legend order (the order gives each its tint). */
  readonly roles: readonly RoleSource[];
  /** The package's own wording of relation types, where it has one: English only, or both languages. */
  readonly typeLabels: Partial<Readonly<Record<RelationType, string | { readonly en: string; readonly ur: string }>>>;
  /** The opening view and the named cameras. */
  readonly map: { readonly frame: BoundsPair; readonly views: readonly MapViewSource[] };
  readonly steps: readonly StepSource[];
}

/** What the reader has selected: an entity, a relation (edge), a passage, a legend kind, or nothing.
 * A passage is named by a reference (see passageRefs.ts): one sentence, or a whole line. */
export type Selection =
  | { readonly kind: 'entity'; readonly id: EntityId }
  | { readonly kind: 'relation'; readonly id: string }
  | { readonly kind: 'passage'; readonly id: string }
  | { readonly kind: 'relation-kind'; readonly id: RelationKind }
  | null;

/** Which claims are shown: those the article states, those it reports as alleged, or both. */
export interface ClaimsFilter {
  readonly stated: boolean;
  readonly alleged: boolean;
}

/** The part of the view state the story's queries read: the selection and the filters. */
export interface StoryView {
  readonly selection: Selection;
  readonly kinds: readonly RelationKind[];
  readonly claims: ClaimsFilter;
}
