import type { Lang } from '../i18n/lang.ts';
import { HANDLE_FRACTIONS, handleAheadKey, handleAnchor, handlePointKey, headingOf } from './handleAnchor.ts';
import { boundsOf, type Bounds } from '../arcs/bounds.ts';
import { relationArcs } from '../arcs/relationArcs.ts';
import { entityIndex } from '../story/model.ts';
import { placeOf } from '../story/places.ts';
import { countryRoles, roleColor } from '../story/roles.ts';
import { nodeDescription } from '../story/tooltips.ts';
import type { Focus } from '../state/focus.ts';
import type { Story } from '../story/types.ts';
import { kindCss } from '../theme/palette.ts';
import type { EdgeHandleItem } from './EdgeHandles.tsx';
import type { NodeLabelItem } from './NodeLabels.tsx';
import type { MapNode, OverlayState, Scene, ScreenPoint } from './types.ts';


// What the map draws, worked out from the story and the view state as plain data, apart from either
// renderer: the nodes, the arcs, and the items of the DOM overlays (labels and edge handles).

/** The entities with an anchor, countries first (they get the best label spots), in package order. */
export function mapNodes(story: Story): MapNode[] {
  const roles = countryRoles(story);
  const nodes = story.entities.flatMap((e): MapNode[] => {
    if (!e.anchor) return [];
    const role = roles.get(e.id);
    const label = e.label ?? e.names;
    return [{ id: e.id, lngLat: e.anchor, ur: label.ur, en: label.en, color: role ? roleColor(story, role) : undefined, isoNumeric: e.isoNumeric, description: { en: nodeDescription(story, e.id, role, 'en'), ur: nodeDescription(story, e.id, role, 'ur') } }];
  });
  return [...nodes.filter((n) => n.color !== undefined), ...nodes.filter((n) => n.color === undefined)];
}

const scenes = new WeakMap<Story, Scene>();

/** The scene of a story, built once per story whoever asks first (the app, the map). */
export function sceneOf(story: Story): Scene {
  let scene = scenes.get(story);
  if (!scene) {
    scene = buildScene(story);
    scenes.set(story, scene);
  }
  return scene;
}

// Around a single small place the camera still shows its neighbours: at least this many degrees.
const MIN_SPAN = { lng: 14, lat: 9 };

/**
 * What the camera frames for a focus: the box around the places it lights (their drawn anchors;
 * an arc's places are its two ends), grown to a minimum span so one small country is shown among
 * its neighbours. Null when nothing is focused (the caller frames the opening view).
 */
export function cameraTarget(scene: Scene, focus: Focus | null): Bounds | null {
  if (!focus) return null;
  const points = scene.nodes.filter((n) => focus.entities.has(n.id)).map((n) => n.lngLat);
  const box = boundsOf(points);
  if (!box) return null;
  const [[w, s], [e, n]] = box;
  const grow = (lo: number, hi: number, min: number, limit: number): [number, number] => {
    const extra = Math.max(0, min - (hi - lo)) / 2;
    return [Math.max(-limit, lo - extra), Math.min(limit, hi + extra)];
  };
  const [west, east] = grow(w, e, MIN_SPAN.lng, 180);
  const [south, north] = grow(s, n, MIN_SPAN.lat, 80);
  return [
    [west, south],
    [east, north],
  ];
}

/** Builds the scene of a story. */
export function buildScene(story: Story): Scene {
  const nodes = mapNodes(story);
  const entities = entityIndex(story);
  const arcs = relationArcs(story.relations, (id) => placeOf(entities, id));
  const midpoints = new Map(
    arcs.features.map((f) => {
      const c = f.geometry.coordinates;
      const mid = c[Math.floor(c.length / 2)] ?? [0, 0];
      return [f.properties.id, [mid[0] ?? 0, mid[1] ?? 0] as const];
    }),
  );
  // Each handle point is a vertex of its arc; the vertex after it gives the way the arc runs there.
  const alongArcs = (step: number) =>
    new Map(
      arcs.features.map((f) => {
        const c = f.geometry.coordinates;
        const at = (t: number) => {
          const p = c[Math.min(c.length - 1, Math.round(t * (c.length - 1)) + step)] ?? [0, 0];
          return [p[0] ?? 0, p[1] ?? 0] as const;
        };
        return [f.properties.id, HANDLE_FRACTIONS.map(at)] as const;
      }),
    );
  const handlePoints = alongArcs(0);
  const handleAhead = alongArcs(1);
  // The opening view is the package's own frame: the region where the story happens, readable at
  // once. Places outside it (the United States for the first story) get a marker at the frame's edge
  // that points to them, as news locator maps do, rather than shrinking the crowded region to fit.
  const frame = story.map.frame;
  const colorByIso = new Map(nodes.flatMap((n) => (n.color !== undefined && n.isoNumeric !== undefined ? [[n.isoNumeric, n.color] as const] : [])));
  return { nodes, arcs, midpoints, handlePoints, handleAhead, frame, colorByIso };
}

/** The label of every node at its projected point, with how the selection marks it. */
export function labelItems(scene: Scene, state: OverlayState, project: (lngLat: readonly [number, number], id: string) => ScreenPoint, lang: Lang = 'en'): NodeLabelItem[] {
  const { focus, selectedNode } = state;
  return scene.nodes.map((n) => ({
    id: n.id,
    ...project(n.lngLat, n.id),
    ur: n.ur,
    en: n.en,
    color: n.color,
    iso: n.isoNumeric,
    description: n.description[lang],
    dimmed: focus !== null && !focus.entities.has(n.id),
    focused: focus !== null && focus.entities.has(n.id),
    selected: selectedNode === n.id,
  }));
}

/** The keyboard handle of every visible arc: at its projected middle, or on the part of it inside the
 * frame when the middle is off it (see handleAnchor), with the way the arc runs there. */
export function handleItems(
  scene: Scene,
  state: OverlayState,
  label: (id: string) => string,
  project: (lngLat: readonly [number, number], id: string) => ScreenPoint,
  frame: { readonly width: number; readonly height: number },
): EdgeHandleItem[] {
  const { focus, selectedRelation, visible } = state;
  return scene.arcs.features
    .filter((f) => visible.has(f.properties.id))
    .map((f) => {
      const id = f.properties.id;
      const { onArc, index, ...at } = handleAnchor((scene.handlePoints.get(id) ?? []).map((p, i) => project(p, handlePointKey(id, i))), frame);
      const ahead = scene.handleAhead.get(id)?.[index];
      return {
        id,
        ...at,
        kind: f.properties.kind,
        onArc,
        // Held at the frame's edge, the handle is not on its arc: no way to point there.
        heading: onArc && ahead ? headingOf(at, project(ahead, handleAheadKey(id, index))) : null,
        label: label(id),
        color: kindCss(f.properties.kind),
        selected: selectedRelation === id,
        dimmed: focus !== null && !focus.relations.has(id),
      };
    });
}
