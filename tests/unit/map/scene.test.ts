import { describe, expect, it } from 'vitest';
import {
  buildScene,
  cameraPlan,
  handleItems,
  labelItems,
  mapNodes,
  openingPlan,
  sceneOf,
} from '../../../src/map/scene.ts';
import { focusOf } from '../../../src/state/focus.ts';
import { INITIAL_VIEW } from '../../../src/state/viewState.ts';
import { ALBANIA, FIXTURES } from '../stories.ts';

describe('the map scene', () => {
  it('ties each group or firm to what the article ties it to (its tether), and no country to anything', () => {
    const nodes = mapNodes(ALBANIA);
    const tie = (id: string) => nodes.find((n) => n.id === id)?.tiedTo?.id;
    expect(tie('homeland-justice')).toBe('ALB');
    expect(tie('telegram')).toBe('homeland-justice');
    expect(tie('mandiant')).toBe('USA');
    expect(tie('notorious-group')).toBe('IRN');
    expect(nodes.filter((n) => n.color !== undefined && n.tiedTo !== undefined)).toEqual([]);
    // The tether ends where the tied place is drawn.
    const items = labelItems(
      sceneOf(ALBANIA),
      { focus: null, selectedNode: null, selectedRelation: null } as never,
      ([x, y]) => ({ x, y }),
    );
    const hj = items.find((i) => i.id === 'homeland-justice');
    expect(hj?.tiedTo).toEqual({
      x: ALBANIA.entities.find((e) => e.id === 'ALB')?.anchor?.[0],
      y: ALBANIA.entities.find((e) => e.id === 'ALB')?.anchor?.[1],
    });
  });

  it.each(FIXTURES)(
    'draws every entity of $slug that has an anchor, countries first, each country in its role tint',
    ({ story }) => {
      const nodes = mapNodes(story);
      expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(story.entities.filter((e) => e.anchor).map((e) => e.id)));
      const firstActor = nodes.findIndex((n) => n.color === undefined);
      if (firstActor !== -1) expect(nodes.slice(firstActor).every((n) => n.color === undefined)).toBe(true);
      for (const n of nodes.filter((x) => x.color !== undefined)) expect(n.isoNumeric).toMatch(/^\d{3}$/u);
    },
  );

  it.each(FIXTURES)(
    'opens $slug on its package’s own frame, not grown to hold far places (they get edge markers)',
    ({ story }) => {
      expect(buildScene(story).frame).toEqual(story.map.frame);
    },
  );

  it('frames a selection’s countries, grown to show their neighbours, with a group drawn near them; one drawn far off is named at the edge', () => {
    const scene = sceneOf(ALBANIA);
    const focus = focusOf(ALBANIA, { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'KWT' } });
    const plan = cameraPlan(scene, focus, {}, 'KWT');
    if (!plan) throw new Error('no target');
    const [[w, s], [e, n]] = plan.box;
    for (const id of ['KWT', 'notorious-group']) {
      const at = scene.nodes.find((x) => x.id === id)?.lngLat ?? [999, 999];
      expect(at[0] >= w && at[0] <= e && at[1] >= s && at[1] <= n, id).toBe(true);
    }
    expect(e - w).toBeGreaterThanOrEqual(14);
    expect(n - s).toBeGreaterThanOrEqual(9);
    expect(plan.far).toEqual([]);
    // Cyprus and the same group, 30° apart: the group is named at the frame's edge.
    const cyprus = cameraPlan(
      scene,
      focusOf(ALBANIA, { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'CYP' } }),
      {},
      'CYP',
    );
    expect(cyprus?.far).toEqual(['notorious-group']);
    // Nothing selected: no target of its own (the opening view is framed).
    expect(cameraPlan(scene, null)).toBeNull();
  });

  it('frames a group drawn near the framed countries with them (the group by Iran), and names one far off at the edge (Mandiant)', () => {
    const scene = sceneOf(ALBANIA);
    const focus = focusOf(ALBANIA, { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'IRN' } });
    const plan = cameraPlan(
      scene,
      focus,
      {
        '364': [
          [44, 25.1],
          [63.3, 39.8],
        ],
        '008': [
          [19.3, 39.7],
          [21, 42.6],
        ],
      },
      'IRN',
    );
    const group = scene.nodes.find((x) => x.id === 'notorious-group')?.lngLat ?? [0, 0];
    const [[w, s], [e, n]] = plan?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(group[0] >= w && group[0] <= e && group[1] >= s && group[1] <= n).toBe(true);
    expect(plan?.far).toEqual(expect.arrayContaining(['USA', 'mandiant']));
    expect(plan?.far).not.toContain('notorious-group');
    expect([...(plan?.farSides ?? [])]).toEqual(['left']);
  });

  it('frames a group’s dot when its focus holds no country', () => {
    const scene = sceneOf(ALBANIA);
    const plan = cameraPlan(scene, { entities: new Set(['nato']), relations: new Set(), passages: new Set() });
    const nato = scene.nodes.find((x) => x.id === 'nato')?.lngLat ?? [0, 0];
    const [[w, s], [e, n]] = plan?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(nato[0] > w && nato[0] < e && nato[1] > s && nato[1] < n).toBe(true);
  });

  it('frames a country by its whole outline, not only its dot', () => {
    const scene = sceneOf(ALBANIA);
    const focus = focusOf(ALBANIA, { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'SAU' } });
    const saudi = [
      [34.5, 16.3],
      [55.7, 32.2],
    ] as const;
    const [[w, s], [e, n]] = cameraPlan(scene, focus, { '682': saudi }, 'SAU')?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeLessThanOrEqual(34.5);
    expect(s).toBeLessThanOrEqual(16.3);
    expect(e).toBeGreaterThanOrEqual(55.7);
    expect(n).toBeGreaterThanOrEqual(32.2);
  });

  it('frames the region where the story happens for the US–Iran relation, and names the United States at the edge', () => {
    const scene = sceneOf(ALBANIA);
    const focus = focusOf(ALBANIA, { ...INITIAL_VIEW, selection: { kind: 'relation', id: 'us-vows-response' } });
    const plan = cameraPlan(scene, focus);
    const [[w], [e]] = plan?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeGreaterThan(30);
    expect(e).toBeGreaterThan(50);
    expect(plan?.far).toEqual(['USA']);
    expect([...(plan?.farSides ?? [])]).toEqual(['left']);
  });

  it('frames the United States itself when it is the selection, its partners named at the edge', () => {
    const scene = sceneOf(ALBANIA);
    const focus = focusOf(ALBANIA, { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'USA' } });
    const plan = cameraPlan(scene, focus, {}, 'USA');
    const [[w], [e]] = plan?.box ?? [
      [0, 0],
      [0, 0],
    ];
    expect(w).toBeLessThan(-90);
    expect(e).toBeLessThan(-60);
    expect(plan?.far).toEqual(expect.arrayContaining(['ALB', 'IRN']));
    expect([...(plan?.farSides ?? [])]).toEqual(['right']);
  });

  it('opens on the package’s frame, margins and all, the United States off it', () => {
    const plan = openingPlan(sceneOf(ALBANIA));
    expect(plan.box).toEqual(ALBANIA.map.frame);
    expect(plan.far).toEqual(['USA']);
    expect([...plan.farSides]).toEqual([]);
  });

  it('draws one arc per relation of the Albania story, with a middle for its keyboard handle', () => {
    const scene = sceneOf(ALBANIA);
    expect(scene.arcs.features.map((f) => f.properties.id)).toEqual(
      expect.arrayContaining(ALBANIA.relations.map((r) => r.id)),
    );
    expect(scene.arcs.features).toHaveLength(ALBANIA.relations.length);
    for (const f of scene.arcs.features) expect(scene.midpoints.has(f.properties.id)).toBe(true);
    expect(sceneOf(ALBANIA)).toBe(scene);
  });

  it('marks the overlays by the selection: Kuwait selected dims Iran, its edge to Kuwait stays, the rest dims', () => {
    const scene = sceneOf(ALBANIA);
    const view = { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'KWT' } } as const;
    const state = {
      focus: focusOf(ALBANIA, view),
      selectedNode: 'KWT',
      selectedRelation: null,
      visible: new Set(ALBANIA.relations.map((r) => r.id)),
    };
    const labels = labelItems(scene, state, ([x, y]) => ({ x, y }));
    expect(labels.find((l) => l.id === 'KWT')).toMatchObject({ selected: true, dimmed: false, focused: true });
    expect(labels.find((l) => l.id === 'IRN')).toMatchObject({ selected: false, dimmed: true });
    const handles = handleItems(
      scene,
      state,
      (id) => id,
      ([x, y]) => ({ x, y }),
      { width: 1000, height: 1000 },
    );
    expect(handles.filter((h) => !h.dimmed).map((h) => h.id)).toEqual(['group-attacked-kwt']);
  });

  it('turns each handle (and so its kind mark) the way its arc runs there, from its place to the next', () => {
    const scene = sceneOf(ALBANIA);
    const all = {
      focus: null,
      selectedNode: null,
      selectedRelation: null,
      visible: new Set(ALBANIA.relations.map((r) => r.id)),
    };
    // Longitude and latitude as x and y, y down as on screen: a whole world inside the frame.
    const flat = ([x, y]: readonly [number, number]) => ({ x: x + 400, y: 400 - y });
    const handles = handleItems(scene, all, (id) => id, flat, { width: 1000, height: 1000 });
    expect(handles).toHaveLength(ALBANIA.relations.length);
    for (const h of handles) {
      const at = scene.handlePoints.get(h.id)?.[0];
      const ahead = scene.handleAhead.get(h.id)?.[0];
      if (!at || !ahead) throw new Error(`no handle points for ${h.id}`);
      expect(ahead, h.id).not.toEqual(at);
      const [dx, dy] = [ahead[0] - at[0], at[1] - ahead[1]];
      expect(h.heading, h.id).toBeCloseTo((Math.atan2(dy, dx) * 180) / Math.PI, 6);
    }
    // Each points on towards the arc's end (its target), not back to its source.
    for (const h of handles) {
      const line = scene.arcs.features.find((f) => f.properties.id === h.id)?.geometry.coordinates ?? [];
      const end = flat(line[line.length - 1] as [number, number]);
      const a = ((h.heading ?? NaN) * Math.PI) / 180;
      expect(Math.cos(a) * (end.x - h.x) + Math.sin(a) * (end.y - h.y), `${h.id} points to its target`).toBeGreaterThan(
        0,
      );
    }
    // Albania cuts ties with Iran, to its east-south-east: its mark points right and a little down.
    const ties = handles.find((h) => h.id === 'albania-severs-ties');
    expect(ties?.heading).toBeGreaterThan(-30);
    expect(ties?.heading).toBeLessThan(60);
  });

  it("turns a handle moved off its arc's middle (off the frame) the way the arc runs where it now sits", () => {
    const scene = sceneOf(ALBANIA);
    const id = 'albania-severs-ties';
    const state = { focus: null, selectedNode: null, selectedRelation: null, visible: new Set([id]) };
    // The middle projected far off the frame; every other point where it is, turned a quarter so
    // that the way at the next handle point differs from the way at the middle.
    const turned = ([x, y]: readonly [number, number], key: string) =>
      key === `arc:${id}` ? { x: -5000, y: -5000 } : { x: 400 + y, y: 400 + x };
    const [h] = handleItems(scene, state, (i) => i, turned, { width: 1000, height: 1000 });
    const at = scene.handlePoints.get(id)?.[1];
    const ahead = scene.handleAhead.get(id)?.[1];
    if (!h || !at || !ahead) throw new Error('no handle');
    expect(h.onArc).toBe(true);
    expect(h.heading).toBeCloseTo((Math.atan2(ahead[0] - at[0], ahead[1] - at[1]) * 180) / Math.PI, 6);
  });

  it("draws no kind mark for a handle held at the frame's edge, off its arc", () => {
    const scene = sceneOf(ALBANIA);
    const all = { focus: null, selectedNode: null, selectedRelation: null, visible: new Set(['albania-severs-ties']) };
    const [held] = handleItems(
      scene,
      all,
      (id) => id,
      () => ({ x: -500, y: -500 }),
      { width: 1000, height: 1000 },
    );
    expect(held?.onArc).toBe(false);
    expect(held?.heading).toBeNull();
  });

  it('gives no handle to a relation the filters hide', () => {
    const scene = sceneOf(ALBANIA);
    const handles = handleItems(
      scene,
      { focus: null, selectedNode: null, selectedRelation: null, visible: new Set(['albania-severs-ties']) },
      (id) => id,
      () => ({ x: 0, y: 0 }),
      { width: 1000, height: 1000 },
    );
    expect(handles.map((h) => h.id)).toEqual(['albania-severs-ties']);
  });
});
