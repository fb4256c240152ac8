import type { Relation, RelationType } from './types.ts';

/** The families of relation types that the map tells apart by colour and the reader filters by.
 * Fifteen types are too many colours to tell apart; seven kinds are not. */
export type RelationKind = 'rupture' | 'accusation' | 'attack' | 'support' | 'response' | 'rejection' | 'claim';

/** All kinds in legend order. */
export const RELATION_KINDS: readonly RelationKind[] = ['rupture', 'accusation', 'attack', 'support', 'response', 'rejection', 'claim'];

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
  'vows-response': 'response',
  condemns: 'rejection',
  denies: 'rejection',
  'claims-responsibility': 'claim',
  'posts-claim': 'claim',
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

/** The kind of a relation. */
export function kindOf(relation: Relation): RelationKind {
  return KIND_OF_TYPE[relation.type];
}
