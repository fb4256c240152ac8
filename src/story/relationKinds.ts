import { FORMER_KINDS, RELATION_KINDS, type RelationKind, type RelationType } from './vocabulary.ts';
import type { ClaimsFilter, Relation, Story } from './types.ts';

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

/** How many of a story's relations are of each kind (every kind present, most of them 0). */
export function kindCounts(story: Pick<Story, 'relations'>): ReadonlyMap<RelationKind, number> {
  const counts = new Map<RelationKind, number>(RELATION_KINDS.map((k) => [k, 0]));
  for (const r of story.relations) counts.set(kindOf(r), (counts.get(kindOf(r)) ?? 0) + 1);
  return counts;
}
