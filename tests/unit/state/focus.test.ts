import { describe, expect, it } from 'vitest';
import { sceneOf } from '../../../src/map/scene.ts';
import { focusOf, visibleRelations } from '../../../src/state/focus.ts';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/viewState.ts';
import { ALBANIA as STORY, FIXTURES } from '../stories.ts';

const drawn = sceneOf(STORY).drawn;
const at = (selection: ViewState['selection']): ViewState => ({ ...INITIAL_VIEW, selection });

describe('map placement', () => {
  it.each(FIXTURES)('every relation end of $slug has a place on the map, and every drawn actor a placement', ({ story }) => {
    const onMap = sceneOf(story).drawn;
    for (const r of story.relations) for (const end of [r.source, r.target]) expect(onMap.has(end), `${r.id}: ${end}`).toBe(true);
    for (const e of story.entities) if (onMap.has(e.id) && e.type !== 'country') expect(e.placement, e.id).toBeDefined();
  });
});

describe('visibleRelations', () => {
  it('lets through only the chosen kinds and certainty', () => {
    const only = visibleRelations(STORY, { kinds: ['rupture'], claims: { stated: true, alleged: true } });
    expect(only.map((r) => r.id)).toEqual(['albania-severs-ties', 'albania-expels-embassy']);
    const alleged = visibleRelations(STORY, { kinds: INITIAL_VIEW.kinds, claims: { stated: false, alleged: true } });
    expect(alleged.length).toBeGreaterThan(0);
    expect(alleged.every((r) => r.alleged)).toBe(true);
  });
});

describe('focusOf', () => {
  it('nothing selected: nothing dims', () => {
    expect(focusOf(STORY, INITIAL_VIEW, drawn)).toBeNull();
  });

  it('a country: its own edges and the countries at their other ends', () => {
    const f = focusOf(STORY, at({ kind: 'entity', id: 'KWT' }), drawn);
    expect([...(f?.relations ?? [])]).toEqual(['group-attacked-kwt']);
    expect(f?.entities).toEqual(new Set(['KWT', 'notorious-group']));
    expect([...(f?.passages ?? [])]).toEqual(['p17a']);
  });

  it('a person: the edges evidenced where they are named, shown on their country', () => {
    const f = focusOf(STORY, at({ kind: 'entity', id: 'edi-rama' }), drawn);
    expect(f?.entities.has('ALB')).toBe(true);
    expect(f?.relations.has('iran-recruits-group')).toBe(true);
  });

  it('a passage: what it evidences or qualifies', () => {
    const f = focusOf(STORY, at({ kind: 'passage', id: 'p12' }), drawn);
    expect([...(f?.relations ?? [])]).toEqual(['iran-condemns-expulsion']);
    expect(f?.entities.has('IRN')).toBe(true);
  });

  it('a hidden relation kind focuses nothing of it: with only support shown, Albania keeps only its support edges', () => {
    const f = focusOf(STORY, { ...at({ kind: 'entity', id: 'ALB' }), kinds: ['support'] }, drawn);
    expect(new Set(f?.relations)).toEqual(new Set(['us-assists-albania', 'us-supports-albania', 'albania-shares-findings', 'albania-nato-member']));
  });
});
