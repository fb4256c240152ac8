import { describe, expect, it } from 'vitest';
import { ACTOR_ANCHORS, COUNTRY_ANCHORS } from '../../../src/map/anchors.ts';
import { STORY } from '../../../src/story/article.ts';
import { focusOf, visibleRelations } from '../../../src/state/focus.ts';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/viewState.ts';

const drawn = new Set([...Object.keys(COUNTRY_ANCHORS), ...Object.keys(ACTOR_ANCHORS)]);
const at = (selection: ViewState['selection']): ViewState => ({ ...INITIAL_VIEW, selection });

describe('map placement', () => {
  it('every relation end has a place on the map, and every drawn actor has a placement in the model', () => {
    for (const r of STORY.relations) for (const end of [r.source, r.target]) expect(drawn.has(end), `${r.id}: ${end}`).toBe(true);
    for (const id of Object.keys(ACTOR_ANCHORS)) expect(STORY.entities.find((e) => e.id === id)?.placement, id).toBeDefined();
  });
});

describe('visibleRelations', () => {
  it('lets through only the chosen kinds and certainty', () => {
    const only = visibleRelations(STORY, { kinds: ['rupture'], claims: { stated: true, alleged: true } });
    expect(only.map((r) => r.id)).toEqual(['albania-severs-ties', 'albania-expels-embassy']);
    const alleged = visibleRelations(STORY, { kinds: INITIAL_VIEW.kinds, claims: { stated: false, alleged: true } });
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

  it('a hidden relation kind focuses nothing of it', () => {
    const f = focusOf(STORY, { ...at({ kind: 'entity', id: 'ALB' }), kinds: ['support'] }, drawn);
    expect([...(f?.relations ?? [])].every((id) => ['us-assists-albania', 'us-supports-albania', 'albania-shares-findings', 'albania-nato-member'].includes(id))).toBe(true);
  });
});
