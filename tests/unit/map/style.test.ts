import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { mapPalette } from '../../../src/theme/palette.ts';
import {
  arcFilter,
  buildStyle,
  focusOpacity,
  openingView,
  selectedFilter,
  themePaint,
  viewFilters,
  viewPaint,
} from '../../../src/map/style.ts';
import { LAYER } from '../../../src/map/layers.ts';

describe('buildStyle', () => {
  const style = buildStyle({
    colors: new Map([
      ['008', '#8ec5ea'],
      ['364', '#f7b267'],
    ]),
    view: openingView(['albania-severs-ties']),
  });

  it('is a valid MapLibre style in each theme, opening on nothing or on a selection (the map does not check it again)', () => {
    const arcs = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { id: 'a', kind: 'rupture' as const, alleged: false, source: 'ALB', target: 'IRN' },
          geometry: {
            type: 'LineString' as const,
            coordinates: [
              [19.8, 41.3],
              [51.4, 35.7],
            ],
          },
        },
      ],
    };
    const chosen = {
      visible: ['a'],
      focusedRelations: ['a'],
      selectedRelation: 'a',
      focusedIsos: ['008'],
      selectedIso: '008',
    };
    for (const theme of ['light', 'dark'] as const) {
      for (const view of [openingView(['a']), chosen]) {
        const built = buildStyle({
          colors: new Map([['008', '#8ec5ea']]),
          view,
          palette: mapPalette(theme),
          shapesUrl: '/assets/world.json',
          arcs,
        });
        expect(
          validateStyleMin(built).map((e) => e.message),
          `${theme}, ${view.selectedIso || 'nothing'} selected`,
        ).toEqual([]);
      }
    }
  });

  it('asks the network for nothing: no glyphs, no sprite, no tile or style URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//u);
  });

  it('draws the layers bottom to top: sea, land, story countries, borders, selection, arcs (their kind marks are DOM)', () => {
    expect(style.layers.map((l) => l.id)).toEqual([
      LAYER.sea,
      LAYER.land,
      LAYER.story,
      LAYER.borders,
      LAYER.selected,
      LAYER.arcCasing,
      LAYER.arcStated,
      LAYER.arcAlleged,
      LAYER.arcHit,
    ]);
  });

  it('colours only the story countries, by role', () => {
    const story = style.layers.find((l) => l.id === LAYER.story);
    expect(JSON.stringify(story)).toContain(`"008","#8ec5ea"`);
    expect(JSON.stringify(story)).toContain(`"364","#f7b267"`);
  });
});

describe('selectedFilter', () => {
  it('selects nothing for "" rather than every shape without an ISO code', () => {
    expect(selectedFilter('')).toEqual(['boolean', false]);
    expect(selectedFilter('008')).toEqual(['==', ['get', 'iso'], '008']);
  });
});

describe('arc expressions', () => {
  it('draws only the visible arcs, split by certainty so alleged ones can be dashed', () => {
    expect(arcFilter(['a', 'b'])).toEqual(['in', ['get', 'id'], ['literal', ['a', 'b']]]);
    expect(arcFilter(['a'], true)).toEqual([
      'all',
      ['in', ['get', 'id'], ['literal', ['a']]],
      ['==', ['get', 'alleged'], true],
    ]);
  });

  it('dims what is not focused, and nothing when nothing is', () => {
    // Nothing focused is still an expression on the feature (see style.ts: one shader form throughout).
    expect(focusOpacity('id', null, 0.1)).toEqual(['case', ['in', ['get', 'id'], ['literal', []]], 0.1, 1]);
    expect(focusOpacity('iso', ['008'], 0.3, 0.9)).toEqual([
      'case',
      ['in', ['get', 'iso'], ['literal', ['008']]],
      0.9,
      0.3,
    ]);
  });
});

describe('the view in the style', () => {
  const arcs = { type: 'FeatureCollection' as const, features: [] };
  const layerOf = (style: ReturnType<typeof buildStyle>, id: string) =>
    style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown>; filter?: unknown } | undefined;

  it('starts in the form a selection gives it (an expression on the feature), so no selection makes MapLibre compile a new shader', () => {
    const style = buildStyle({ colors: new Map([['008', '#8ec5ea']]), view: openingView(['a']) });
    for (const [layer, property, value] of viewPaint(openingView(['a']))) {
      const paint = layerOf(style, layer)?.paint?.[property];
      expect(paint, `${layer} ${property}`).toEqual(value);
      expect(Array.isArray(paint), `${layer} ${property} is an expression`).toBe(true);
      // The selected and focused form is an expression of the same kind.
      const chosen = { focusedRelations: ['a'], selectedRelation: 'a', focusedIsos: ['008'] };
      const selected = viewPaint(chosen).find(([l, p]) => l === layer && p === property)?.[2];
      expect(Array.isArray(selected)).toBe(true);
    }
    expect(layerOf(style, LAYER.story)?.paint?.['fill-opacity']).toEqual(focusOpacity('iso', null, 0.3, 0.9));
  });

  it('opens on the view it is given, arcs and all, so nothing is re-laid out or recompiled when the map loads', () => {
    const view = {
      visible: ['a', 'b'],
      focusedRelations: ['a'],
      selectedRelation: 'a',
      focusedIsos: ['008'],
      selectedIso: '008',
    };
    const style = buildStyle({ colors: new Map([['008', '#8ec5ea']]), view, arcs });
    expect(style.sources['arcs']).toMatchObject({ type: 'geojson', data: arcs });
    for (const [layer, filter] of viewFilters(view)) expect(layerOf(style, layer)?.filter, layer).toEqual(filter);
    for (const [layer, property, value] of viewPaint(view))
      expect(layerOf(style, layer)?.paint?.[property], `${layer} ${property}`).toEqual(value);
    expect(layerOf(style, LAYER.selected)?.filter).toEqual(selectedFilter('008'));
  });

  it('gives the casing and the arcs the same per-feature paint, so the two share one shader program', () => {
    const style = buildStyle({ colors: new Map(), view: openingView(['a']) });
    const perFeature = (id: string) =>
      Object.entries(layerOf(style, id)?.paint ?? {})
        .filter(([, v]) => Array.isArray(v))
        .map(([k]) => k)
        .sort();
    expect(perFeature(LAYER.arcCasing)).toEqual(perFeature(LAYER.arcStated));
    expect(perFeature(LAYER.arcCasing)).toEqual(['line-color', 'line-opacity', 'line-width']);
  });

  it("gives land the story tints' per-feature paint, and borders and the selected outline the arcs', so each pair shares a program", () => {
    const style = buildStyle({ colors: new Map([['008', '#8ec5ea']]), view: openingView(['a']) });
    const perFeature = (id: string) =>
      Object.entries(layerOf(style, id)?.paint ?? {})
        .filter(([, v]) => Array.isArray(v))
        .map(([k]) => k)
        .sort();
    expect(perFeature(LAYER.land)).toEqual(perFeature(LAYER.story));
    expect(perFeature(LAYER.land)).toEqual(['fill-color', 'fill-opacity']);
    expect(perFeature(LAYER.borders)).toEqual(perFeature(LAYER.arcStated));
    expect(perFeature(LAYER.selected)).toEqual(perFeature(LAYER.arcStated));
    // A theme change keeps the form: a constant there would compile the constant programs again.
    for (const [layer, property, value] of themePaint(mapPalette('dark'))) {
      if (property === 'fill-color' || property === 'line-color')
        expect(Array.isArray(value), `${layer} ${property}`).toBe(true);
    }
  });
});
