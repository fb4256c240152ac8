import type { RelationKind } from '../story/vocabulary.ts';
import { KIND_COLOR, MAP_COLOR, ROLE_TINT } from './tokens.ts';

// The colours the map, the legend and the panel pick in code (MapLibre's paint and the SVG fallback
// cannot read CSS variables), all taken from the tokens so that they always agree with the CSS.

/** Fills of country roles, in the order a story package lists its roles: light tints, so that the
 * saturated arcs on top stay the loudest thing. Six at most (the package schema says so). */
export const ROLE_TINTS: readonly string[] = [ROLE_TINT['1'], ROLE_TINT['2'], ROLE_TINT['3'], ROLE_TINT['4'], ROLE_TINT['5'], ROLE_TINT['6']];

/** Tint of anything without a role of its own (an organisation's mentions in the reader). */
export const UNKNOWN_TINT = ROLE_TINT.unknown;

/** Colour of each relation kind (see KIND_COLOR in tokens.ts). */
export const KIND_COLORS: Readonly<Record<RelationKind, string>> = KIND_COLOR;

/** The quiet palette of the rest of the world. */
export const BASE_COLORS = MAP_COLOR;
