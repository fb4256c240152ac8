import type { RelationKind } from '../story/vocabulary.ts';

// The app's colours, shared by the map, the legend and the panel so that they always agree.

/** Fills of country roles, in the order a story package lists its roles: light tints, so that the
 * saturated arcs on top stay the loudest thing. Six at most (the package schema says so). */
export const ROLE_TINTS: readonly string[] = ['#8ec5ea', '#f7b267', '#9bd3a6', '#d6b3d3', '#f3d98b', '#c8c2e6'];

/** Tint of anything without a role of its own (an organisation's mentions in the reader). */
export const UNKNOWN_TINT = '#e4e1da';

/** Colour of each relation kind: the Okabe-Ito palette, told apart with the common colour-vision
 * deficiencies; alleged relations are also dashed, so certainty never rests on colour alone. */
export const KIND_COLORS: Readonly<Record<RelationKind, string>> = {
  rupture: '#D55E00',
  accusation: '#E69F00',
  attack: '#000000',
  support: '#009E73',
  response: '#0072B2',
  rejection: '#56B4E9',
  claim: '#CC79A7',
};

/** The quiet palette of the rest of the world. */
export const BASE_COLORS = {
  sea: '#dde7ee',
  land: '#f3f0e9',
  border: '#c4bdb1',
  selected: '#1a1a1a',
  casing: '#ffffff',
} as const;
