import type { RelationKind } from '../story/vocabulary.ts';
import { DARK_THEME, KIND_COLOR, MAP_COLOR, ROLE_TINT, tokenProperty, type COLOR } from './tokens.ts';

// The colours the map, the legend and the panel pick in code (MapLibre's paint and the SVG fallback
// cannot read CSS variables), all taken from the tokens so that they always agree with the CSS.

/** Fills of country roles, in the order a story package lists its roles: light tints, so that the
 * saturated arcs on top stay the loudest thing. Six at most (the package schema says so). */
export const ROLE_TINTS: readonly string[] = [
  ROLE_TINT['1'],
  ROLE_TINT['2'],
  ROLE_TINT['3'],
  ROLE_TINT['4'],
  ROLE_TINT['5'],
  ROLE_TINT['6'],
];

/** Tint of anything without a role of its own (an organisation's mentions in the reader). */
export const UNKNOWN_TINT = ROLE_TINT.unknown;

/** The app's two themes. */
export type ThemeName = 'light' | 'dark';

/** A theme's name from outside (storage, a message): the name if it is one, else null. */
export function parseTheme(value: unknown): ThemeName | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** What the map draws in code, per theme (MapLibre's paint and the SVG fallback cannot read CSS
 * variables): the quiet palette of the world and the colour of each relation kind. */
export interface MapPalette {
  readonly base: { readonly [K in keyof typeof MAP_COLOR]: string };
  readonly kinds: Readonly<Record<RelationKind, string>>;
}

const PALETTES: Readonly<Record<ThemeName, MapPalette>> = {
  light: { base: MAP_COLOR, kinds: KIND_COLOR },
  dark: { base: { ...MAP_COLOR, ...DARK_THEME.map }, kinds: { ...KIND_COLOR, ...DARK_THEME.kind } },
};

/** The map's palette in a theme. */
export function mapPalette(theme: ThemeName): MapPalette {
  return PALETTES[theme];
}

/** A relation kind's colour for the DOM, as its custom property: it follows the theme by itself. */
export function kindCss(kind: RelationKind): string {
  return `var(${tokenProperty('kind', kind)})`;
}

/** A page colour for the DOM, as its custom property. */
export function colorCss(name: keyof typeof COLOR): string {
  return `var(${tokenProperty('color', name)})`;
}
