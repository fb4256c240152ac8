// The project's controlled vocabulary: the words a story package may use for what an entity is and
// what a relation does. Stories differ in their data, not in these words; a new kind of edge is a
// change to the viewer (its colour, its legend line), so it is made here, in code, on purpose.

/** What an entity can be. */
export const ENTITY_TYPES = ['country', 'organisation', 'person', 'city', 'topic'] as const;

/** What an entity is; decides how it is drawn and which checks apply. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** How a non-country entity can stand for a country. */
export const REPRESENTATIONS = ['capital', 'leader', 'government-organ'] as const;

/** How a non-country entity stands for a country when the article names it. */
export type Representation = (typeof REPRESENTATIONS)[number];

/** Every kind of edge a story may draw. */
export const RELATION_TYPES = [
  'severs-ties',
  'expels-diplomats',
  'accuses',
  'cyberattack',
  'recruits',
  'assists',
  'supports',
  'vows-response',
  'condemns',
  'denies',
  'claims-responsibility',
  'posts-claim',
  'shares-findings',
  'member-of',
  'assesses',
  'agrees-with',
  'welcomes',
] as const;

/** The kinds of edge a story can state. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** The families of relation types that the map tells apart by colour and the reader filters by.
 * Seventeen types are too many colours to tell apart; seven kinds are not. */
export const RELATION_KINDS = ['rupture', 'accusation', 'attack', 'support', 'response', 'rejection', 'claim'] as const;

/** A family of relation types (one colour on the map, one line of the legend). */
export type RelationKind = (typeof RELATION_KINDS)[number];

/** What a date of the article refers to: when the act happened, when it was said, or a deadline. */
export const DATE_REFERENCES = ['event', 'statement', 'deadline'] as const;

/** What an article date refers to. */
export type DateReference = (typeof DATE_REFERENCES)[number];
