import { FORMER_KINDS, RELATION_KINDS, type RelationKind, type RelationType } from './vocabulary.ts';
import type { ClaimsFilter, Relation, Story } from './types.ts';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';

export { RELATION_KINDS, type RelationKind };

/** The kind of each relation type. */
export const KIND_OF_TYPE: Readonly<Record<RelationType, RelationKind>> = {
  'severs-ties': 'rupture',
  'expels-diplomats': 'rupture',
  accuses: 'accusation',
  assesses: 'accusation',
  cyberattack: 'cyberattack',
  recruits: 'proxy',
  assists: 'support',
  supports: 'support',
  'shares-findings': 'support',
  'member-of': 'support',
  'agrees-with': 'support',
  welcomes: 'support',
  'vows-response': 'response',
  condemns: 'condemnation',
  denies: 'denial',
  'claims-responsibility': 'claim',
  'posts-claim': 'claim',
  strikes: 'strike',
  'imposes-sanctions': 'sanctions',
  'restores-ties': 'restoration',
  'holds-talks': 'talks',
  'signs-agreement': 'talks',
  'sends-aid': 'aid',
  threatens: 'threat',
  'backs-proxy': 'proxy',
};

/** How a story words a relation type: its own wording where the package gives one in the reader's
 * language (a plain string is English only), else ours (the message tables' `relation.type`). */
export function typeLabel(story: Pick<Story, 'typeLabels'>, type: RelationType, lang: Lang = 'en'): string {
  const own = story.typeLabels[type];
  const worded = typeof own === 'string' ? (lang === 'en' ? own : undefined) : own?.[lang];
  return worded ?? messagesFor(lang).relation.type[type];
}

/** The legend's wording of a kind in the reader's language. */
export function kindLabel(kind: RelationKind, lang: Lang = 'en'): string {
  return messagesFor(lang).relation.kind[kind];
}

/** The kind of a relation. */
export function kindOf(relation: Pick<Relation, 'type'>): RelationKind {
  return KIND_OF_TYPE[relation.type];
}

/** Whether the claims filter lets a relation of this certainty through: the one rule every view
 * (map, legend, panel, reducer) applies, so they cannot disagree. */
export function passesClaims(relation: { readonly alleged: boolean }, claims: ClaimsFilter): boolean {
  return relation.alleged ? claims.alleged : claims.stated;
}

/** The kinds a word from outside (an address, a host page's message) names: the kind itself, or what
 * a kind's former name became when it was split (links shared before then say `filter=attack` or
 * `kind=rejection`); none for anything else. */
export function kindsNamed(word: string): readonly RelationKind[] {
  if ((RELATION_KINDS as readonly string[]).includes(word)) return [word as RelationKind];
  // Own keys only: `constructor` is no kind, whatever objects inherit.
  return Object.hasOwn(FORMER_KINDS, word) ? (FORMER_KINDS[word] ?? []) : [];
}

/** The kinds a story's relations are of, in legend order: what its legend lists and its filter can hide. */
export function kindsOfStory(story: Pick<Story, 'relations'>): readonly RelationKind[] {
  return RELATION_KINDS.filter((k) => story.relations.some((r) => KIND_OF_TYPE[r.type] === k));
}
