import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { CountryRole } from '../story/roles.ts';
import { BASE_COLORS, COUNTRIES_SOURCE, LAYER, ROLE_COLORS } from './layers.ts';

/** ISO numeric code of each story country, by role, for the style's match expressions. */
export type RoleByIso = ReadonlyMap<string, CountryRole>;

function roleColorExpression(roles: RoleByIso): ExpressionSpecification | string {
  if (roles.size === 0) return BASE_COLORS.land;
  const pairs = [...roles].flatMap(([iso, role]) => [iso, ROLE_COLORS[role]]);
  return ['match', ['get', 'iso'], ...pairs, BASE_COLORS.land] as unknown as ExpressionSpecification;
}

/**
 * The whole map style, built in code: one GeoJSON source and four layers. It has no `glyphs` and no
 * `sprite` and no tile URL, so MapLibre never asks the network for anything; every label is DOM.
 */
export function buildStyle(roles: RoleByIso): StyleSpecification {
  const storyIsos = [...roles.keys()];
  return {
    version: 8,
    sources: {
      [COUNTRIES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: 'Natural Earth' },
    },
    layers: [
      { id: LAYER.sea, type: 'background', paint: { 'background-color': BASE_COLORS.sea } },
      { id: LAYER.land, type: 'fill', source: COUNTRIES_SOURCE, paint: { 'fill-color': BASE_COLORS.land } },
      {
        id: LAYER.story,
        type: 'fill',
        source: COUNTRIES_SOURCE,
        filter: ['in', ['get', 'iso'], ['literal', storyIsos]],
        paint: { 'fill-color': roleColorExpression(roles), 'fill-opacity': 0.78 },
      },
      { id: LAYER.borders, type: 'line', source: COUNTRIES_SOURCE, paint: { 'line-color': BASE_COLORS.border, 'line-width': 0.6 } },
      {
        id: LAYER.selected,
        type: 'line',
        source: COUNTRIES_SOURCE,
        filter: selectedFilter(''),
        paint: { 'line-color': BASE_COLORS.selected, 'line-width': 2.2 },
      },
    ],
  };
}

/**
 * The filter of the selected-outline layer for one ISO numeric code; '' selects nothing. It must not
 * compare with '' itself: Natural Earth's shapes without a code (Kosovo, Somaliland, N. Cyprus)
 * carry '' and would all be outlined.
 */
export function selectedFilter(iso: string): ExpressionSpecification {
  return iso === '' ? ['boolean', false] : ['==', ['get', 'iso'], iso];
}
