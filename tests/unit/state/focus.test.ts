import { describe, expect, it } from 'vitest';
import { sceneOf } from '../../../src/map/scene.ts';
import { focusOf, visibleRelations } from '../../../src/state/focus.ts';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/viewState.ts';
import { ALBANIA as STORY, FIXTURES } from '../stories.ts';

const at = (selection: ViewState['selection']): ViewState => ({ ...INITIAL_VIEW, selection });

describe('map placement', () => {
  it.each(FIXTURES)(
    'every relation of $slug is drawn as an arc, and every drawn actor has a placement',
    ({ story }) => {
      const arcs = new Set(sceneOf(story).arcs.features.map((f) => f.properties.id));
      expect(new Set(story.relations.map((r) => r.id))).toEqual(arcs);
      for (const n of sceneOf(story).nodes) {
        const e = story.entities.find((x) => x.id === n.id);
        if (e?.type !== 'country') expect(e?.placement, n.id).toBeDefined();
      }
    },
  );

  it('draws a relation of an entity without an anchor from the place that stands for it (Rama on Albania)', () => {
    const rama = { ...STORY.relations[0], id: 'rama-test', source: 'edi-rama' } as (typeof STORY.relations)[number];
    const story = { ...STORY, relations: [...STORY.relations, rama] };
    const arc = sceneOf(story).arcs.features.find((f) => f.properties.id === 'rama-test');
    const albania = STORY.entities.find((e) => e.id === 'ALB')?.anchor;
    expect(arc?.geometry.coordinates[0]).toEqual(albania ? [...albania] : undefined);
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
    expect(focusOf(STORY, INITIAL_VIEW)).toBeNull();
  });

  it('a country: its own edges and the countries at their other ends', () => {
    const f = focusOf(STORY, at({ kind: 'entity', id: 'KWT' }));
    expect([...(f?.relations ?? [])]).toEqual(['group-attacked-kwt']);
    expect(f?.entities).toEqual(new Set(['KWT', 'notorious-group']));
    expect([...(f?.passages ?? [])]).toEqual(['p17a']);
  });

  it('a person: the edges evidenced where they are named, shown on their country', () => {
    const f = focusOf(STORY, at({ kind: 'entity', id: 'edi-rama' }));
    expect(f?.entities.has('ALB')).toBe(true);
    expect(f?.relations.has('iran-recruits-group')).toBe(true);
  });

  it('a passage: what it evidences or qualifies', () => {
    const f = focusOf(STORY, at({ kind: 'passage', id: 'p12' }));
    expect([...(f?.relations ?? [])]).toEqual(['iran-condemns-expulsion']);
    expect(f?.entities.has('IRN')).toBe(true);
  });

  it('a whole line (p17): what either of its sentences evidences or qualifies, and both sentences', () => {
    const f = focusOf(STORY, at({ kind: 'passage', id: 'p17' }));
    expect([...(f?.passages ?? [])]).toEqual(['p17a', 'p17b']);
    expect(f?.relations.has('group-attacked-kwt')).toBe(true);
    expect(f?.relations.has('albania-shares-findings')).toBe(true);
    expect(f?.entities.has('nato')).toBe(true);
  });

  it('a hidden relation kind focuses nothing of it: with only support shown, Albania keeps only its support edges', () => {
    const f = focusOf(STORY, { ...at({ kind: 'entity', id: 'ALB' }), kinds: ['support'] });
    expect(new Set(f?.relations)).toEqual(
      new Set(['us-assists-albania', 'us-supports-albania', 'albania-shares-findings', 'albania-nato-member']),
    );
  });
});
