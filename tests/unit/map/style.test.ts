import { describe, expect, it } from 'vitest';
import { arcFilter, arrowLayer, buildStyle, focusOpacity, selectedFilter, viewPaint } from '../../../src/map/style.ts';
import { LAYER } from '../../../src/map/layers.ts';

describe('buildStyle', () => {
  const style = buildStyle(new Map([['008', '#8ec5ea'], ['364', '#f7b267']]), ['albania-severs-ties']);

  it('asks the network for nothing: no glyphs, no sprite, no tile or style URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//u);
  });

  it('draws the layers bottom to top: sea, land, story countries, borders, selection', () => {
    expect(style.layers.map((l) => l.id)).toEqual([
      LAYER.sea, LAYER.land, LAYER.story, LAYER.borders, LAYER.selected, LAYER.arcCasing, LAYER.arcStated, LAYER.arcAlleged, LAYER.arcHit,
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
    expect(arcFilter(['a'], true)).toEqual(['all', ['in', ['get', 'id'], ['literal', ['a']]], ['==', ['get', 'alleged'], true]]);
  });

  it('dims what is not focused, and nothing when nothing is', () => {
    // Nothing focused is still an expression on the feature (see style.ts: one shader form throughout).
    expect(focusOpacity('id', null, 0.1)).toEqual(['case', ['in', ['get', 'id'], ['literal', []]], 0.1, 1]);
    expect(focusOpacity('iso', ['008'], 0.3, 0.9)).toEqual(['case', ['in', ['get', 'iso'], ['literal', ['008']]], 0.9, 0.3]);
  });
});

describe('paint that follows the view', () => {
  it('starts in the form a selection gives it (an expression on the feature), so no selection makes MapLibre compile a new shader', () => {
    const style = buildStyle(new Map([['008', '#8ec5ea']]), ['a']);
    const layers = [...style.layers, arrowLayer(['a'])];
    const paintOf = (id: string, property: string) => (layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined)?.paint?.[property];
    for (const [layer, property, value] of viewPaint(null, null)) {
      expect(paintOf(layer, property), `${layer} ${property}`).toEqual(value);
      expect(Array.isArray(paintOf(layer, property)), `${layer} ${property} is an expression`).toBe(true);
      // The selected and focused form is an expression of the same kind.
      const selected = viewPaint(['a'], 'a').find(([l, p]) => l === layer && p === property)?.[2];
      expect(Array.isArray(selected)).toBe(true);
    }
    expect(paintOf(LAYER.story, 'fill-opacity')).toEqual(focusOpacity('iso', null, 0.3, 0.9));
  });
});
