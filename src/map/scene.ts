import type { Lang } from '../i18n/lang.ts';
import { HANDLE_FRACTIONS, handleAheadKey, handleAnchor, handlePointKey, headingOf } from './handleAnchor.ts';
import type { Bounds } from '../arcs/bounds.ts';
import { planCamera, sidesOff, type CameraPlan } from './framing.ts';
import { relationArcs } from '../arcs/relationArcs.ts';
import { entityIndex } from '../story/model.ts';
import { placeOf } from '../story/places.ts';
import { countryRoles } from '../story/roles.ts';
import { roleColor } from '../theme/roleColor.ts';
import { nodeDescription } from '../wording/tooltips.ts';
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
    const beside = e.placement ? story.entities.find((x) => x.id === e.placement?.beside) : undefined;
    const tiedTo = beside?.anchor ? { id: beside.id, lngLat: beside.anchor } : undefined;
    return [
      {
        id: e.id,
        lngLat: e.anchor,
        ur: label.ur,
        en: label.en,
        color: role ? roleColor(story, role) : undefined,
        isoNumeric: e.isoNumeric,
        description: { en: nodeDescription(story, e.id, role, 'en'), ur: nodeDescription(story, e.id, role, 'ur') },
        tiedTo,
      },
    ];
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

/** The boxes of a story's countries as the camera frames them (their outlines, made at build time
 * from the map's shapes), by ISO numeric code. */
export type PlaceOutlines = Readonly<Record<string, Bounds>>;

/**
 * What the camera frames for a focus: each place it lights whole (a country's outline, an actor's
 * dot), unless its places lie in regions far apart; then the region of `selected` (or the busiest),
 * and the rest are named at the frame's edge (see planCamera). Null when nothing is focused (the
 * caller frames the opening view).
 */
export function cameraPlan(
  scene: Scene,
  focus: Focus | null,
  outlines: PlaceOutlines = {},
  selected: string | null = null,
): CameraPlan | null {
  if (!focus) return null;
  const focused = scene.nodes.filter((n) => focus.entities.has(n.id));
  // Groups and firms are drawn beside the country the article ties them to, at a spot of ours: they
  // are no place to frame. The camera frames the countries (and the actors drawn near them), and
  // names an actor far off at the frame's edge; only a focus with no country frames its actors' dots.
  const countries = focused.filter((n) => n.color !== undefined);
  const framed = countries.length > 0 ? countries : focused;
  const places = framed.map((n) => ({
    id: n.id,
    at: n.lngLat,
    box: (n.isoNumeric !== undefined ? outlines[n.isoNumeric] : undefined) ?? ([n.lngLat, n.lngLat] as const),
  }));
  const plan = planCamera(places, scene.frame, selected);
  if (!plan || framed === focused) return plan;
  // An actor drawn just outside the countries' box is framed with them (it would be on the map, or
  // nearly); one further away is named at the frame's edge.
  const actors = focused.filter((node) => node.color === undefined);
  const near = actors.filter((node) => gapToBox(plan.box, node.lngLat) <= ACTOR_NEAR);
  const offFrame = actors.filter((node) => !near.includes(node));
  const box =
    near.length === 0
      ? plan.box
      : unionWith(
          plan.box,
          near.map((node) => node.lngLat),
        );
  return {
    box,
    far: [...plan.far, ...offFrame.map((node) => node.id)],
    farSides: new Set([
      ...plan.farSides,
      ...sidesOff(
        box,
        offFrame.map((node) => node.lngLat),
      ),
    ]),
  };
}

// Degrees beyond the framed countries within which an actor's dot is framed with them.
const ACTOR_NEAR = 12;

/** Degrees from a box to a point outside it (0 inside). */
function gapToBox([[w, s], [e, n]]: Bounds, [lng, lat]: readonly [number, number]): number {
  return Math.hypot(Math.max(0, w - lng, lng - e), Math.max(0, s - lat, lat - n));
}

/** A box grown to hold some points. */
function unionWith([[w, s], [e, n]]: Bounds, points: readonly (readonly [number, number])[]): Bounds {
  return [
    [Math.min(w, ...points.map((p) => p[0])), Math.min(s, ...points.map((p) => p[1]))],
    [Math.max(e, ...points.map((p) => p[0])), Math.max(n, ...points.map((p) => p[1]))],
  ];
}

/** The opening view's plan: the package's frame, with markers at its edge for the countries outside
 * it. The frame is the package's own, with its own margins: the camera keeps no room of its own for
 * those markers (they lie over its margin, and labels keep clear of them). */
export function openingPlan(scene: Scene): CameraPlan {
  const [[w, s], [e, n]] = scene.frame;
  const far = scene.nodes.filter((node) => {
    const [lng, lat] = node.lngLat;
    return node.color !== undefined && (lng < w || lng > e || lat < s || lat > n);
  });
  return { box: scene.frame, far: far.map((node) => node.id), farSides: new Set() };
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
  const colorByIso = new Map(
    nodes.flatMap((n) =>
      n.color !== undefined && n.isoNumeric !== undefined ? [[n.isoNumeric, n.color] as const] : [],
    ),
  );
  return { nodes, arcs, midpoints, handlePoints, handleAhead, frame, colorByIso };
}

/** The label of every node at its projected point, with how the selection marks it. */
export function labelItems(
  scene: Scene,
  state: OverlayState,
  project: (lngLat: readonly [number, number], id: string) => ScreenPoint,
  lang: Lang = 'en',
): NodeLabelItem[] {
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
    tiedTo: n.tiedTo ? project(n.tiedTo.lngLat, n.tiedTo.id) : undefined,
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
      const { onArc, index, ...at } = handleAnchor(
        (scene.handlePoints.get(id) ?? []).map((p, i) => project(p, handlePointKey(id, i))),
        frame,
      );
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
