// The story's data model, typed in one place. Everything the views show is derived from these
// records; every Urdu string a reader sees as a quote is a slice of the article text.

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

/** What an entity is; decides how it is drawn and which checks apply. */
export type EntityType = 'country' | 'organisation' | 'person' | 'city' | 'topic';

/** How a non-country entity stands for a country when the article names it. */
export type Representation = 'capital' | 'leader' | 'government-organ';

/** A thing the article names: its names and every surface form the article uses for it. */
export interface Entity {
  readonly id: EntityId;
  readonly type: EntityType;
  readonly names: { readonly ur: string; readonly en: string };
  /** A shorter name for a map label, where the full one is a phrase; its Urdu is the article's. */
  readonly label?: { readonly ur: string; readonly en: string };
  /** Exact strings of the article that name this entity (spelling variants, demonyms, titles). */
  readonly surfaces: readonly string[];
  /** ISO 3166-1 codes; countries only. */
  readonly iso3?: string;
  readonly isoNumeric?: string;
  /** For capitals, leaders and organs: the country the article makes them speak or stand for. */
  readonly standsFor?: { readonly country: EntityId; readonly as: Representation };
  /** For an actor that is not a place: the entity the article ties it to, which the map draws it
   * beside. `based-in` when the article locates it ("a US firm"); `tied-to` when it gives no place. */
  readonly placement?: { readonly beside: EntityId; readonly how: 'based-in' | 'tied-to'; readonly passage: PassageId; readonly why: string };
  /** One line of English that says who or what this is, in our words. */
  readonly note?: string;
}

/** One occurrence of a surface form in the article, found by the gazetteer. */
export interface Mention extends Span {
  readonly entity: EntityId;
  readonly passage: PassageId;
}

/** The kinds of edge the article states. */
export type RelationType =
  | 'severs-ties'
  | 'expels-diplomats'
  | 'accuses'
  | 'cyberattack'
  | 'recruits'
  | 'assists'
  | 'supports'
  | 'vows-response'
  | 'condemns'
  | 'denies'
  | 'claims-responsibility'
  | 'posts-claim'
  | 'shares-findings'
  | 'member-of'
  | 'assesses';

/** A date as the article words it: a slice of the article plus our English gloss. */
export interface ArticleDate extends Span {
  readonly passage: PassageId;
  readonly en: string;
  /** Whether the date is when the act happened, when it was said, or a deadline set for it. */
  readonly refersTo: 'event' | 'statement' | 'deadline';
}

/** A date the article does not give, added by us for orientation and always shown as context. */
export interface ContextDate {
  readonly en: string;
  readonly why: string;
}

/** An end of a relation that an evidence passage refers to without naming it, with our reason. */
export interface ImpliedEnd {
  readonly passage: PassageId;
  readonly entity: EntityId;
  /** Passages that do name it and make the reference clear. */
  readonly resolvedBy: readonly PassageId[];
  readonly why: string;
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

/** The whole story: the article and everything derived from it. */
export interface Story {
  readonly article: string;
  readonly passages: readonly Passage[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly relations: readonly Relation[];
  readonly unlinked: readonly UnlinkedPassage[];
}
