import type { FeatureCollection, LineString } from 'geojson';
import type { ArcProps } from '../arcs/relationArcs.ts';
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { RELATION_KINDS } from '../story/relationKinds.ts';
import { ALLEGED_DASH, ARC_STYLE } from '../theme/arcStyle.ts';
import { mapPalette, type MapPalette } from '../theme/palette.ts';
import { ARCS_SOURCE, COUNTRIES_SOURCE, LAYER } from './layers.ts';

/** What the map shows of the view state, in the map's own terms (ids and ISO codes). */
export interface MapViewModel {
  /** Relation ids the filters let through. */
  readonly visible: readonly string[];
  /** Focused relation ids, or null when nothing dims. */
  readonly focusedRelations: readonly string[] | null;
  readonly selectedRelation: string | null;
  /** ISO numeric codes of focused story countries, or null when nothing dims. */
  readonly focusedIsos: readonly string[] | null;
  /** ISO numeric code of the selected country, or ''. */
  readonly selectedIso: string;
}

/** The opacity of story countries' tints: as drawn, and when another place is focused. */
export const STORY_FILL = { full: 0.9, dim: 0.3 } as const;

/** The fill of each story country (its role's tint), by ISO numeric code. */
export type ColorByIso = ReadonlyMap<string, string>;

const empty = (): FeatureCollection<never> => ({ type: 'FeatureCollection', features: [] });

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
    [LAYER.land, 'fill-color', perFeature(base.land)],
    [LAYER.borders, 'line-color', perFeature(base.border)],
    [LAYER.selected, 'line-color', perFeature(base.selected)],
    [LAYER.arcCasing, 'line-color', perFeature(base.casing)],
    [LAYER.arcStated, 'line-color', kindColorExpression(palette)],
    [LAYER.arcAlleged, 'line-color', kindColorExpression(palette)],
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
export function focusOpacity(
  property: 'id' | 'iso',
  focused: readonly string[] | null,
  dim: number,
  full = 1,
): ExpressionSpecification {
  // Nothing focused: nothing is in the (empty) list of what is dimmed.
  if (focused === null) return ['case', ['in', ['get', property], ['literal', []]], dim, full];
  return ['case', ['in', ['get', property], ['literal', [...focused]]], full, dim];
}

/** Wider line for the selected relation ('' when none: no arc has that id). */
export function selectedWidth(selected: string | null, normal: number, wide: number): ExpressionSpecification {
  return ['case', ['==', ['get', 'id'], selected ?? ''], wide, normal];
}

/** Every paint property that follows the view state (focus, selection), by layer: one list that
 * the map applies as a whole, and the style starts from, so a property is never updated in one place
 * and forgotten in another. */
export function viewPaint(
  view: Pick<MapViewModel, 'focusedRelations' | 'selectedRelation' | 'focusedIsos'>,
): readonly [string, 'line-opacity' | 'line-width' | 'fill-opacity', DataDrivenPropertyValueSpecification<number>][] {
  const { focusedRelations, selectedRelation } = view;
  const opacity = focusOpacity('id', focusedRelations, ARC_STYLE.dimOpacity);
  const width = selectedWidth(selectedRelation, ARC_STYLE.width, ARC_STYLE.selectedWidth);
  return [
    [LAYER.story, 'fill-opacity', focusOpacity('iso', view.focusedIsos, STORY_FILL.dim, STORY_FILL.full)],
    [LAYER.arcStated, 'line-opacity', opacity],
    [LAYER.arcAlleged, 'line-opacity', opacity],
    [
      LAYER.arcCasing,
      'line-opacity',
      focusOpacity('id', focusedRelations, ARC_STYLE.casingDimOpacity, ARC_STYLE.casingOpacity),
    ],
    [LAYER.arcStated, 'line-width', width],
    [LAYER.arcAlleged, 'line-width', width],
    [
      LAYER.arcCasing,
      'line-width',
      selectedWidth(selectedRelation, ARC_STYLE.casingWidth, ARC_STYLE.selectedCasingWidth),
    ],
  ];
}

/** Every filter that follows the view state (the filters' visible arcs, the selected country), by layer. */
export function viewFilters(
  view: Pick<MapViewModel, 'visible' | 'selectedIso'>,
): readonly [string, FilterSpecification][] {
  const shown = arcFilter(view.visible);
  return [
    [LAYER.selected, selectedFilter(view.selectedIso)],
    [LAYER.arcCasing, shown],
    [LAYER.arcStated, arcFilter(view.visible, false)],
    [LAYER.arcAlleged, arcFilter(view.visible, true)],
    [LAYER.arcHit, shown],
  ];
}

/** The view the map shows before any choice: every arc in `visible`, nothing focused or selected. */
export function openingView(visible: readonly string[]): MapViewModel {
  return { visible, focusedRelations: null, selectedRelation: null, focusedIsos: null, selectedIso: '' };
}

/** What the style starts with: the story's tints, its arcs, and the view the map opens on. */
export interface StyleStart {
  /** Role tints of the story's countries, by ISO numeric code. */
  readonly colors: ColorByIso;
  readonly view: MapViewModel;
  readonly palette?: MapPalette | undefined;
  /** The country shapes' file; none (as in unit tests): no countries. */
  readonly shapesUrl?: string | undefined;
  readonly arcs?: FeatureCollection<LineString, ArcProps> | undefined;
}

/** A value as an expression on the feature that gives it for every feature: a layer whose other
 * paint is per feature then shares the same compiled shader (see below). */
function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', 'id'], value, value];
}

/**
 * The whole map style, built in code: two GeoJSON sources and their layers, with the arcs and the
 * opening view already in, so that MapLibre draws (and compiles the shaders of) every layer while its
 * worker is still reading the country shapes, rather than in the frames after. It has no `glyphs`,
 * no `sprite` and no tile URL; the one file MapLibre fetches is the country shapes at `shapesUrl`,
 * from the page's own origin. Every label is DOM.
 */
export function buildStyle({ colors, view, palette = LIGHT, shapesUrl, arcs }: StyleStart): StyleSpecification {
  const storyIsos = [...colors.keys()];
  const base = palette.base;
  // Fill edges are not antialiased by MapLibre's outline pass: the borders layer strokes every
  // coast and border over them anyway, and each outline pass is one more shader to compile.
  const layers: LayerSpecification[] = [
    { id: LAYER.sea, type: 'background', paint: { 'background-color': base.sea } },
    // Land, borders and the selected outline give their paint per feature, as the story's tints and
    // the arcs do: MapLibre compiles one program for each set of per-feature properties of a layer
    // type, so land shares the tints' program and the two outlines the arcs', two compiles fewer
    // (each a wait in the frames that first draw them, under software WebGL: see docs/performance.md).
    {
      id: LAYER.land,
      type: 'fill',
      source: COUNTRIES_SOURCE,
      paint: { 'fill-color': perFeature(base.land), 'fill-opacity': perFeature(1), 'fill-antialias': false },
    },
    {
      id: LAYER.story,
      type: 'fill',
      source: COUNTRIES_SOURCE,
      filter: ['in', ['get', 'iso'], ['literal', storyIsos]],
      paint: { 'fill-color': roleColorExpression(colors, base.land), 'fill-antialias': false },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: COUNTRIES_SOURCE,
      paint: { 'line-color': perFeature(base.border), 'line-width': perFeature(0.6), 'line-opacity': perFeature(1) },
    },
    {
      id: LAYER.selected,
      type: 'line',
      source: COUNTRIES_SOURCE,
      paint: { 'line-color': perFeature(base.selected), 'line-width': perFeature(2.2), 'line-opacity': perFeature(1) },
    },
    // The casing's colour is the same for all, but given per feature like the arcs' own: the two
    // layers then share one shader program.
    {
      id: LAYER.arcCasing,
      type: 'line',
      source: ARCS_SOURCE,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': perFeature(base.casing) },
    },
    {
      id: LAYER.arcStated,
      type: 'line',
      source: ARCS_SOURCE,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': kindColorExpression(palette) },
    },
    {
      id: LAYER.arcAlleged,
      type: 'line',
      source: ARCS_SOURCE,
      paint: { 'line-color': kindColorExpression(palette), 'line-dasharray': [...ALLEGED_DASH] },
    },
    // Invisible and wide: what the pointer hovers and clicks, since a 2 px line is hard to hit.
    {
      id: LAYER.arcHit,
      type: 'line',
      source: ARCS_SOURCE,
      paint: { 'line-color': base.selected, 'line-width': ARC_STYLE.hitWidth, 'line-opacity': 0 },
    },
  ];
  const byId = new Map(layers.map((l) => [l.id, l]));
  for (const [id, filter] of viewFilters(view)) {
    const layer = byId.get(id);
    if (layer && layer.type !== 'background') layer.filter = filter;
  }
  for (const [id, property, value] of viewPaint(view)) {
    const layer = byId.get(id);
    if (layer) (layer as { paint?: Record<string, unknown> }).paint = { ...layer.paint, [property]: value };
  }
  return {
    version: 8,
    sources: {
      // Tiles cut with a 1 px simplification (MapLibre's default is 0.375 px: no border moves by a
      // pixel you could see) and half the default buffer (borders are 0.6 px, the selection 2.2 px):
      // less for the worker to cut, send and the page to upload, frame after frame as the map loads.
      [COUNTRIES_SOURCE]: {
        type: 'geojson',
        data: shapesUrl ?? empty(),
        attribution: 'Natural Earth',
        tolerance: 1,
        buffer: 64,
      },
      [ARCS_SOURCE]: { type: 'geojson', data: arcs ?? empty() },
    },
    layers,
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
