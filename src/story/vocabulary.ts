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
  // For the stories Urdu news tells about states beyond this first one.
  'strikes',
  'imposes-sanctions',
  'restores-ties',
  'holds-talks',
  'signs-agreement',
  'sends-aid',
  'threatens',
  'backs-proxy',
] as const;

/** The kinds of edge a story can state. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** The families of relation types that the map tells apart by colour and mark and the reader filters
 * by, in legend order. Fifteen colours are too many to tell apart at a glance, so each kind also has a
 * mark of its own (arcs/kindMarks.ts), and a legend lists only the kinds its story uses (a story seldom
 * uses more than nine). */
export const RELATION_KINDS = [
  'rupture',
  'restoration',
  'strike',
  'cyberattack',
  'proxy',
  'threat',
  'sanctions',
  'accusation',
  'condemnation',
  'denial',
  'support',
  'aid',
  'talks',
  'response',
  'claim',
] as const;

/** Names kinds had before they were split (an old address's `filter=attack`), and what they became. */
export const FORMER_KINDS: Readonly<Record<string, readonly RelationKind[]>> = {
  attack: ['cyberattack', 'proxy'],
  rejection: ['condemnation', 'denial'],
};

/** A family of relation types (one colour on the map, one line of the legend). */
export type RelationKind = (typeof RELATION_KINDS)[number];

/** What a date of the article refers to: when the act happened, when it was said, or a deadline. */
export const DATE_REFERENCES = ['event', 'statement', 'deadline'] as const;

/** What an article date refers to. */
export type DateReference = (typeof DATE_REFERENCES)[number];
