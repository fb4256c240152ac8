import type { RelationKind } from '../story/relationKinds.ts';
import type { CountryRole } from '../story/roles.ts';

// The app's colours, shared by the map, the legend and the panel so that they always agree.

/** Fill of each role: light tints, so that the saturated arcs on top stay the loudest thing. */
export const ROLE_COLORS: Readonly<Record<CountryRole, string>> = {
  accuser: '#8ec5ea',
  accused: '#f7b267',
  ally: '#9bd3a6',
  'earlier-target': '#d6b3d3',
};

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

/** Dash pattern of alleged relations, in line widths. */
export const ALLEGED_DASH = [2, 1.5];
