import type { ClaimsFilter } from '../state/viewState.ts';
import { RELATION_KINDS, type RelationKind, type RelationType } from './vocabulary.ts';
import type { Relation, Story } from './types.ts';

export { RELATION_KINDS, type RelationKind };

/** The kind of each relation type. */
export const KIND_OF_TYPE: Readonly<Record<RelationType, RelationKind>> = {
  'severs-ties': 'rupture',
  'expels-diplomats': 'rupture',
  accuses: 'accusation',
  assesses: 'accusation',
  cyberattack: 'attack',
  recruits: 'attack',
  assists: 'support',
  supports: 'support',
  'shares-findings': 'support',
  'member-of': 'support',
  'agrees-with': 'support',
  welcomes: 'support',
  'vows-response': 'response',
  condemns: 'rejection',
  denies: 'rejection',
  'claims-responsibility': 'claim',
  'posts-claim': 'claim',
};

/** English wording of each relation type, for panel headings and tooltips (ours). A story package
 * may word a type more closely for its article (`typeLabels`); see `typeLabel`. */
export const RELATION_TYPE_LABELS: Readonly<Record<RelationType, string>> = {
  'severs-ties': 'Severs diplomatic ties',
  'expels-diplomats': 'Expels embassy staff',
  accuses: 'Accuses',
  cyberattack: 'Cyberattack',
  recruits: 'Recruits',
  assists: 'Assists',
  supports: 'Supports',
  'vows-response': 'Vows a response',
  condemns: 'Condemns',
  denies: 'Denies',
  'claims-responsibility': 'Claims responsibility',
  'posts-claim': 'Posts the claim on',
  'shares-findings': 'Shares findings',
  'member-of': 'Member of',
  assesses: 'Assesses',
  'agrees-with': 'Agrees with',
  welcomes: 'Welcomes',
};

/** Legend wording of each kind (ours). */
export const KIND_LABELS: Readonly<Record<RelationKind, string>> = {
  rupture: 'Cuts ties, expels diplomats',
  accusation: 'Accuses, assesses blame',
  attack: 'Cyberattacks, recruits attackers',
  support: 'Supports, assists, shares with',
  response: 'Vows a response',
  rejection: 'Condemns, denies',
  claim: 'Claims responsibility',
};

/** How a story words a relation type: its own wording where the package gives one, else ours. */
export function typeLabel(story: Pick<Story, 'typeLabels'>, type: RelationType): string {
  return story.typeLabels[type] ?? RELATION_TYPE_LABELS[type];
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
