import type { FeatureCollection } from 'geojson';
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { RELATION_KINDS } from '../story/relationKinds.ts';
import { ALLEGED_DASH, ARC_STYLE } from '../theme/arcStyle.ts';
import { mapPalette, type MapPalette } from '../theme/palette.ts';
import { ARCS_SOURCE, COUNTRIES_SOURCE, LAYER, markImage } from './layers.ts';

/** The opacity of story countries' tints: as drawn, and when another place is focused. */
export const STORY_FILL = { full: 0.9, dim: 0.3 } as const;

/** The fill of each story country (its role's tint), by ISO numeric code. */
export type ColorByIso = ReadonlyMap<string, string>;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

// Until a theme is given, the map is drawn in the light one.
const LIGHT = mapPalette('light');

function roleColorExpression(colors: ColorByIso, land: string): ExpressionSpecification | string {
  if (colors.size === 0) return land;
  const pairs = [...colors].flatMap(([iso, color]) => [iso, color]);
  return ['match', ['get', 'iso'], ...pairs, land] as unknown as ExpressionSpecification;
}

/** Colour of an arc by its `kind` property. */
export function kindColorExpression(palette: MapPalette = LIGHT): ExpressionSpecification {
  const pairs = RELATION_KINDS.flatMap((k) => [k, palette.kinds[k]]);
  // A kind the palette does not know cannot come from a checked story; grey it if it ever does.
  return ['match', ['get', 'kind'], ...pairs, palette.base.border] as unknown as ExpressionSpecification;
}

/** Every paint property that follows the theme, by layer: applied as a whole when the theme changes
 * (the style is built once; see createStoryMap). The role tints of story countries stay. */
export function themePaint(palette: MapPalette): readonly [string, string, unknown][] {
  const { base } = palette;
  return [
    [LAYER.sea, 'background-color', base.sea],
    [LAYER.land, 'fill-color', base.land],
    [LAYER.borders, 'line-color', base.border],
    [LAYER.selected, 'line-color', base.selected],
    [LAYER.arcCasing, 'line-color', base.casing],
    [LAYER.arcStated, 'line-color', kindColorExpression(palette)],
    [LAYER.arcAlleged, 'line-color', kindColorExpression(palette)],
    [LAYER.arcArrows, 'icon-color', kindColorExpression(palette)],
    [LAYER.arcArrows, 'icon-halo-color', base.casing],
  ];
}

/** Only the arcs whose ids are listed (the filters' result), optionally of one certainty. */
export function arcFilter(visible: readonly string[], alleged?: boolean): FilterSpecification {
  const shown: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...visible]]];
  return alleged === undefined ? shown : ['all', shown, ['==', ['get', 'alleged'], alleged]];
}

// Paint that follows the view is always an expression on the feature, even when it is the same for
// all (nothing focused, nothing selected): MapLibre compiles a shader for each form of a property
// (constant or per feature), and a first selection that switched the form made it compile new ones
// in the very frame that should show the selection (0.7 s of main thread under software WebGL).

/** `full` opacity for focused ids, `dim` for the rest; `full` for all when nothing is focused. */
export function focusOpacity(property: 'id' | 'iso', focused: readonly string[] | null, dim: number, full = 1): ExpressionSpecification {
  // Nothing focused: nothing is in the (empty) list of what is dimmed.
  if (focused === null) return ['case', ['in', ['get', property], ['literal', []]], dim, full];
  return ['case', ['in', ['get', property], ['literal', [...focused]]], full, dim];
}

/** Wider line for the selected relation ('' when none: no arc has that id). */
export function selectedWidth(selected: string | null, normal: number, wide: number): ExpressionSpecification {
  return ['case', ['==', ['get', 'id'], selected ?? ''], wide, normal];
}

/** Every paint property that follows the view state (focus, selection), by layer: one list that
 * the map applies as a whole, so a property is never updated in one place and forgotten in another. */
export function viewPaint(focusedRelations: readonly string[] | null, selectedRelation: string | null): readonly [string, 'line-opacity' | 'icon-opacity' | 'line-width', DataDrivenPropertyValueSpecification<number>][] {
  const opacity = focusOpacity('id', focusedRelations, ARC_STYLE.dimOpacity);
  const width = selectedWidth(selectedRelation, ARC_STYLE.width, ARC_STYLE.selectedWidth);
  return [
    [LAYER.arcStated, 'line-opacity', opacity],
    [LAYER.arcAlleged, 'line-opacity', opacity],
    [LAYER.arcArrows, 'icon-opacity', opacity],
    [LAYER.arcCasing, 'line-opacity', focusOpacity('id', focusedRelations, ARC_STYLE.casingDimOpacity, ARC_STYLE.casingOpacity)],
    [LAYER.arcStated, 'line-width', width],
    [LAYER.arcAlleged, 'line-width', width],
    [LAYER.arcCasing, 'line-width', selectedWidth(selectedRelation, ARC_STYLE.casingWidth, ARC_STYLE.selectedCasingWidth)],
  ];
}

/** The arrowhead layer: each kind's own mark (a shape as well as a colour); added once the images are
 * in (see createStoryMap). */
export function arrowLayer(visible: readonly string[], palette: MapPalette = LIGHT): LayerSpecification {
  return {
    id: LAYER.arcArrows,
    type: 'symbol',
    source: ARCS_SOURCE,
    filter: arcFilter(visible),
    layout: {
      'symbol-placement': 'line-center',
      'icon-image': ['concat', markImage(''), ['get', 'kind']],
      // 16 px: large enough to tell the kinds' marks apart (the image is 32 px at pixel ratio 2).
      'icon-size': 1,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-rotation-alignment': 'map',
    },
    paint: { 'icon-color': kindColorExpression(palette), 'icon-halo-color': palette.base.casing, 'icon-halo-width': 1.5, 'icon-opacity': focusOpacity('id', null, ARC_STYLE.dimOpacity) },
  };
}

/**
 * The whole map style, built in code: two GeoJSON sources and their layers. It has no `glyphs`, no
 * `sprite` and no tile URL; the one file MapLibre fetches is the country shapes at `shapesUrl`, from
 * the page's own origin (none given: no countries, as in unit tests). Every label is DOM.
 */
export function buildStyle(colors: ColorByIso, visible: readonly string[], palette: MapPalette = LIGHT, shapesUrl?: string): StyleSpecification {
  const storyIsos = [...colors.keys()];
  const base = palette.base;
  return {
    version: 8,
    sources: {
      [COUNTRIES_SOURCE]: { type: 'geojson', data: shapesUrl ?? empty(), attribution: 'Natural Earth' },
      [ARCS_SOURCE]: { type: 'geojson', data: empty() },
    },
    layers: [
      { id: LAYER.sea, type: 'background', paint: { 'background-color': base.sea } },
      { id: LAYER.land, type: 'fill', source: COUNTRIES_SOURCE, paint: { 'fill-color': base.land } },
      {
        id: LAYER.story,
        type: 'fill',
        source: COUNTRIES_SOURCE,
        filter: ['in', ['get', 'iso'], ['literal', storyIsos]],
        paint: { 'fill-color': roleColorExpression(colors, base.land), 'fill-opacity': focusOpacity('iso', null, STORY_FILL.dim, STORY_FILL.full) },
      },
      { id: LAYER.borders, type: 'line', source: COUNTRIES_SOURCE, paint: { 'line-color': base.border, 'line-width': 0.6 } },
      {
        id: LAYER.selected,
        type: 'line',
        source: COUNTRIES_SOURCE,
        filter: selectedFilter(''),
        paint: { 'line-color': base.selected, 'line-width': 2.2 },
      },
      {
        id: LAYER.arcCasing,
        type: 'line',
        source: ARCS_SOURCE,
        filter: arcFilter(visible),
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': base.casing, 'line-width': selectedWidth(null, ARC_STYLE.casingWidth, ARC_STYLE.selectedCasingWidth), 'line-opacity': focusOpacity('id', null, ARC_STYLE.casingDimOpacity, ARC_STYLE.casingOpacity) },
      },
      {
        id: LAYER.arcStated,
        type: 'line',
        source: ARCS_SOURCE,
        filter: arcFilter(visible, false),
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': kindColorExpression(palette), 'line-width': selectedWidth(null, ARC_STYLE.width, ARC_STYLE.selectedWidth), 'line-opacity': focusOpacity('id', null, ARC_STYLE.dimOpacity) },
      },
      {
        id: LAYER.arcAlleged,
        type: 'line',
        source: ARCS_SOURCE,
        filter: arcFilter(visible, true),
        paint: { 'line-color': kindColorExpression(palette), 'line-width': selectedWidth(null, ARC_STYLE.width, ARC_STYLE.selectedWidth), 'line-opacity': focusOpacity('id', null, ARC_STYLE.dimOpacity), 'line-dasharray': [...ALLEGED_DASH] },
      },
      {
        // Invisible and wide: what the pointer hovers and clicks, since a 2 px line is hard to hit.
        id: LAYER.arcHit,
        type: 'line',
        source: ARCS_SOURCE,
        filter: arcFilter(visible),
        paint: { 'line-color': base.selected, 'line-width': ARC_STYLE.hitWidth, 'line-opacity': 0 },
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
