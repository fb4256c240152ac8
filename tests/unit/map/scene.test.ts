import { describe, expect, it } from 'vitest';
import { buildScene, handleItems, labelItems, mapNodes, sceneOf } from '../../../src/map/scene.ts';
import { focusOf } from '../../../src/state/focus.ts';
import { INITIAL_VIEW } from '../../../src/state/viewState.ts';
import { ALBANIA, FIXTURES } from '../stories.ts';

describe('the map scene', () => {
  it.each(FIXTURES)('draws every entity of $slug that has an anchor, countries first, each country in its role tint', ({ story }) => {
    const nodes = mapNodes(story);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(story.entities.filter((e) => e.anchor).map((e) => e.id)));
    const firstActor = nodes.findIndex((n) => n.color === undefined);
    if (firstActor !== -1) expect(nodes.slice(firstActor).every((n) => n.color === undefined)).toBe(true);
    for (const n of nodes.filter((x) => x.color !== undefined)) expect(n.isoNumeric).toMatch(/^\d{3}$/u);
  });

  it.each(FIXTURES)('opens on a frame of $slug that holds every drawn place', ({ story }) => {
    const { frame, nodes } = buildScene(story);
    const [[w, s], [e, n]] = frame;
    for (const node of nodes) {
      const [lng, lat] = node.lngLat;
      expect(lng >= w && lng <= e && lat >= s && lat <= n, node.id).toBe(true);
    }
  });

  it('draws one arc per relation of the Albania story, with a middle for its keyboard handle', () => {
    const scene = sceneOf(ALBANIA);
    expect(scene.arcs.features.map((f) => f.properties.id)).toEqual(expect.arrayContaining(ALBANIA.relations.map((r) => r.id)));
    expect(scene.arcs.features).toHaveLength(ALBANIA.relations.length);
    for (const f of scene.arcs.features) expect(scene.midpoints.has(f.properties.id)).toBe(true);
    expect(sceneOf(ALBANIA)).toBe(scene);
  });

  it('marks the overlays by the selection: Kuwait selected dims Iran, its edge to Kuwait stays, the rest dims', () => {
    const scene = sceneOf(ALBANIA);
    const view = { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'KWT' } } as const;
    const state = { focus: focusOf(ALBANIA, view), selectedNode: 'KWT', selectedRelation: null, visible: new Set(ALBANIA.relations.map((r) => r.id)) };
    const labels = labelItems(scene, state, ([x, y]) => ({ x, y }));
    expect(labels.find((l) => l.id === 'KWT')).toMatchObject({ selected: true, dimmed: false, focused: true });
    expect(labels.find((l) => l.id === 'IRN')).toMatchObject({ selected: false, dimmed: true });
    const handles = handleItems(scene, state, (id) => id, ([x, y]) => ({ x, y }));
    expect(handles.filter((h) => !h.dimmed).map((h) => h.id)).toEqual(['group-attacked-kwt']);
  });

  it('gives no handle to a relation the filters hide', () => {
    const scene = sceneOf(ALBANIA);
    const handles = handleItems(scene, { focus: null, selectedNode: null, selectedRelation: null, visible: new Set(['albania-severs-ties']) }, (id) => id, () => ({ x: 0, y: 0 }));
    expect(handles.map((h) => h.id)).toEqual(['albania-severs-ties']);
  });
});
