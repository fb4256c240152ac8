import { describe, expect, it } from 'vitest';
import { LAYER } from '../../../src/map/layers.ts';
import { buildStyle, selectedFilter } from '../../../src/map/style.ts';

describe('buildStyle', () => {
  const style = buildStyle(new Map([['008', 'accuser'], ['364', 'accused']]));

  it('asks the network for nothing: no glyphs, no sprite, no tile or style URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//u);
  });

  it('draws the layers bottom to top: sea, land, story countries, borders, selection', () => {
    expect(style.layers.map((l) => l.id)).toEqual([LAYER.sea, LAYER.land, LAYER.story, LAYER.borders, LAYER.selected]);
  });

  it('colours only the story countries, by role', () => {
    const story = style.layers.find((l) => l.id === LAYER.story);
    expect(JSON.stringify(story)).toContain('"008","#0072B2"');
    expect(JSON.stringify(story)).toContain('"364","#D55E00"');
  });
});

describe('selectedFilter', () => {
  it('selects nothing for "" rather than every shape without an ISO code', () => {
    expect(selectedFilter('')).toEqual(['boolean', false]);
    expect(selectedFilter('008')).toEqual(['==', ['get', 'iso'], '008']);
  });
});
