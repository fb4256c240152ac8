import * as v from 'valibot';
import { DATE_REFERENCES, ENTITY_TYPES, RELATION_KINDS, RELATION_TYPES, REPRESENTATIONS } from '../vocabulary.ts';

// The shape of a story package's annotation file (`stories/<slug>/story.json`), checked field by
// field. Only the shape lives here; what the fields must agree on (a phrase found in its passage,
// an end that exists, an anchor on its own country) is checked in checkPackage.ts, which runs this
// schema first. The package types are inferred from these schemas, so they are written once.

/** The `format` every package declares, so a stray JSON file is not mistaken for a story. */
export const PACKAGE_FORMAT = 'urdu-story-map/package';

/** The package version this viewer reads. A package of a later version is refused with a clear
 * message (as excalidraw does with documents from a newer app), never half-read. */
export const PACKAGE_VERSION = 1;

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/u, 'an id is letters and digits, joined by single hyphens'),
);
/** Lower-case words joined by single hyphens: relation ids and story slugs, which go in addresses. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const relationId = v.pipe(
  v.string(),
  v.regex(KEBAB_CASE, 'a relation id is lower-case letters and digits, joined by hyphens (it goes in addresses)'),
);
const passageId = v.pipe(
  v.string(),
  v.regex(/^p[1-9]\d*[a-z]?$/u, 'a passage id is p<line> or p<line><letter>, e.g. p3 or p17a'),
);
const longitude = v.pipe(
  v.number(),
  v.minValue(-180, 'a longitude is at least -180'),
  v.maxValue(180, 'a longitude is at most 180'),
);
// Web Mercator stops at about ±85°: a place beyond it cannot be drawn.
const latitude = v.pipe(
  v.number(),
  v.minValue(-85, 'a latitude on the map is at least -85'),
  v.maxValue(85, 'a latitude on the map is at most 85'),
);

/** English and Urdu forms of one text of ours (a title, a label, a question). */
export const BilingualSchema = v.strictObject({ en: text, ur: text });

/** [longitude, latitude] in degrees. */
export const LngLatSchema = v.tuple([longitude, latitude]);

/** A box [[west, south], [east, north]] in degrees. */
export const BoundsSchema = v.tuple([LngLatSchema, LngLatSchema]);

/** An Urdu phrase looked up inside one passage; the model resolves it to a span of the article. */
export const PhraseRefSchema = v.strictObject({ in: passageId, phrase: text });

/** Something the reader can select: the target of a start question, say. */
export const SelectionRefSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('entity'), id }),
  v.strictObject({ kind: v.literal('relation'), id: relationId }),
  v.strictObject({ kind: v.literal('passage'), id: passageId }),
  v.strictObject({ kind: v.literal('relation-kind'), id: v.picklist(RELATION_KINDS) }),
]);

const EntitySchema = v.strictObject({
  id,
  type: v.picklist(ENTITY_TYPES),
  /** Urdu as the article spells it; English ours. */
  names: BilingualSchema,
  /** A shorter name for a map label, where the full one is a phrase; its Urdu is the article's. */
  label: v.optional(BilingualSchema),
  /** Exact strings of the article that name this entity (spelling variants, demonyms, titles). */
  surfaces: v.pipe(v.array(text), v.minLength(1, 'an entity needs at least one surface form')),
  iso3: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/u, 'ISO 3166-1 alpha-3 is three capital letters'))),
  isoNumeric: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/u, 'ISO 3166-1 numeric is three digits, e.g. "008"'))),
  /** For capitals, leaders and organs: the country the article makes them speak or stand for. */
  standsFor: v.optional(v.strictObject({ country: id, as: v.picklist(REPRESENTATIONS) })),
  /** For an actor that is not a place: the entity the article ties it to, drawn beside it.
   * `based-in` when the article locates it ("a US firm"); `tied-to` when it gives no place. */
  placement: v.optional(
    v.strictObject({
      beside: id,
      how: v.picklist(['based-in', 'tied-to']),
      passage: passageId,
      why: text,
      whyUr: v.optional(text),
    }),
  ),
  /** Where the entity's dot and label sit: inside a country's own land, or for an actor in open
   * space beside what it is tied to. Entities without one are not drawn. */
  anchor: v.optional(LngLatSchema),
  /** A role id from the package's `roles`, which colours a country. */
  role: v.optional(id),
  /** One line of English that says who or what this is, in our words. */
  note: v.optional(text),
  /** For annotators only (why a surface is listed, say); never shown. */
  comment: v.optional(v.string()),
});

const DateRefSchema = v.strictObject({
  in: passageId,
  phrase: text,
  /** Our English for the date. */
  en: text,
  refersTo: v.picklist(DATE_REFERENCES),
});

const ImpliedEndSchema = v.strictObject({
  passage: passageId,
  entity: id,
  /** Passages that do name it and make the reference clear. */
  resolvedBy: v.pipe(v.array(passageId), v.minLength(1, 'say which passages make the reference clear')),
  why: text,
  /** The same reason in Urdu, for the Urdu interface (English stands in, marked, where it is missing). */
  whyUr: v.optional(text),
});

const RelationSchema = v.strictObject({
  id: relationId,
  type: v.picklist(RELATION_TYPES),
  source: id,
  target: id,
  /** Our English wording of the edge, e.g. "severs diplomatic ties with". */
  label: text,
  /** Passages that state the relation and name both of its ends. */
  evidence: v.pipe(v.array(passageId), v.minLength(1, 'a relation needs at least one evidence passage')),
  /** Passages that add detail (a date, a quote, a consequence) without naming both ends. */
  context: v.optional(v.array(passageId), []),
  impliedEnds: v.optional(v.array(ImpliedEndSchema), []),
  /** Who, according to the article, says this is so. */
  assertedBy: v.array(id),
  /** Who the article says reported the assertion (a news agency, state TV). */
  reportedBy: v.optional(v.array(id), []),
  /** True when the article presents the act as a claim or assessment, not as established. */
  alleged: v.boolean(),
  /** The article's own words for the act, looked up in one evidence passage. */
  wording: PhraseRefSchema,
  /** Dates as the article words them, looked up in an evidence or context passage. */
  dates: v.optional(v.array(DateRefSchema), []),
  /** A date the article does not give, added by us for orientation and always shown as context. */
  contextDate: v.optional(v.strictObject({ en: text, ur: v.optional(text), why: text, whyUr: v.optional(text) })),
  comment: v.optional(v.string()),
});

const RoleSchema = v.strictObject({
  id,
  /** Legend wording: what the countries of this colour do in the story. */
  label: BilingualSchema,
});

const MapViewSchema = v.strictObject({ id, label: BilingualSchema, bounds: BoundsSchema });

/** When a step happened, for the timeline: a calendar date from outside the article (always shown as
 * context), and the article's own words for when, if it has any. */
const StepWhenSchema = v.strictObject({
  /** `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/u, 'a date is YYYY-MM-DD, or YYYY-MM for a month')),
  /** Where the calendar date comes from: the article gives no year (and for some steps no date). */
  why: text,
  whyUr: v.optional(text),
  /** The article's words for when ("پندرہ جولائی", "بدھ کے روز"), in one of the step's passages. */
  article: v.optional(v.strictObject({ in: passageId, phrase: text, en: text })),
});

/** A step of the guided telling (classroom mode): what it says, rests on, adds, and frames. */
const StepSchema = v.strictObject({
  id,
  title: BilingualSchema,
  text: BilingualSchema,
  /** The passages it quotes, verbatim. */
  passages: v.array(passageId),
  /** The relations it adds to the map. */
  relations: v.array(relationId),
  /** The entities the camera frames. */
  frame: v.pipe(v.array(id), v.minLength(1, 'a step frames at least one place')),
  /** For the teacher: a question to ask the class. */
  note: v.optional(BilingualSchema),
  /** When it happened: a point on the timeline. */
  when: v.optional(StepWhenSchema),
});

/** A start question: what a first-time reader may ask, what it opens, and the relations that answer it. */
const QuestionSchema = v.strictObject({
  /** Stable, for the address (`?q=<id>`): lower-case words joined by hyphens. */
  id: v.pipe(
    v.string(),
    v.regex(KEBAB_CASE, 'a question id is lower-case letters and digits, joined by hyphens (it goes in addresses)'),
  ),
  label: BilingualSchema,
  /** What the question opens in the panel and on the map. */
  select: SelectionRefSchema,
  /** The relations that answer it, in the order to read them; the panel shows them first. Each must be
   * one the selection shows (an end of the entity, of the kind, the relation, or cited by the passage). */
  answer: v.optional(v.array(relationId), []),
});

const MetaSchema = v.strictObject({
  title: BilingualSchema,
  summary: BilingualSchema,
  /** Where the article comes from, in one line. */
  source: BilingualSchema,
  /** A text written for the tests, not news: the viewer says so wherever it shows the story. */
  fixture: v.optional(v.boolean(), false),
  /** Ways into the story for a first visit. */
  questions: v.optional(v.array(QuestionSchema), []),
});

const SegmentationSchema = v.strictObject({
  /** A piece this short between two full stops is a list item, not a sentence. */
  maxListItemWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(12))),
  /** Words that open a relative clause, which stays with the sentence it qualifies. */
  relativeOpeners: v.optional(v.array(text)),
});

/** The annotation file of a story package. */
export const StorySourceSchema = v.strictObject({
  format: v.literal(PACKAGE_FORMAT, `format must be "${PACKAGE_FORMAT}"`),
  version: v.literal(PACKAGE_VERSION, `this viewer reads version ${PACKAGE_VERSION} of the package format`),
  meta: MetaSchema,
  segmentation: v.optional(SegmentationSchema, {}),
  roles: v.pipe(v.array(RoleSchema), v.maxLength(6, 'the map has tints for six roles at most')),
  entities: v.array(EntitySchema),
  /** Our wording of a relation type for this article, where the general one says too little: in both
   * languages ({ "en": …, "ur": … }), or in English only (a string; Urdu then keeps the general one). */
  typeLabels: v.optional(v.record(v.picklist(RELATION_TYPES), v.union([text, BilingualSchema])), {}),
  relations: v.array(RelationSchema),
  /** Passages that evidence no relation, with the reason they are still part of the story. */
  unlinked: v.optional(v.array(v.strictObject({ passage: passageId, why: text })), []),
  /** Our English translation of each passage, by passage id. */
  glosses: v.record(passageId, text),
  map: v.strictObject({
    /** The opening view. */
    frame: BoundsSchema,
    /** Named cameras a reader can jump to. */
    views: v.optional(v.array(MapViewSchema), []),
  }),
  steps: v.optional(v.array(StepSchema), []),
});

/** A story package's annotation, as checked. */
export type StorySource = v.InferOutput<typeof StorySourceSchema>;
/** An entity as the package declares it. */
export type EntitySource = StorySource['entities'][number];
/** A relation as the package declares it: phrases looked up, not offsets. */
export type RelationSource = StorySource['relations'][number];
/** An Urdu phrase to look up inside one passage. */
export type PhraseRef = v.InferOutput<typeof PhraseRefSchema>;
/** Something a question or link selects. */
export type SelectionRef = v.InferOutput<typeof SelectionRefSchema>;
/** [longitude, latitude]. */
export type LngLatPair = v.InferOutput<typeof LngLatSchema>;
/** [[west, south], [east, north]]. */
export type BoundsPair = v.InferOutput<typeof BoundsSchema>;
/** One bilingual text of ours. */
export type Bilingual = v.InferOutput<typeof BilingualSchema>;
/** A role a country plays, which colours it. */
export type RoleSource = StorySource['roles'][number];
/** A named camera. */
export type MapViewSource = StorySource['map']['views'][number];
/** A step of the guided telling. */
export type StepSource = StorySource['steps'][number];
/** The story's meta data: titles, summary, source line, start questions. */
export type StoryMeta = StorySource['meta'];
/** A start question and its answer. */
export type StoryQuestion = StoryMeta['questions'][number];
