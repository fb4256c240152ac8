import { ARC_STYLE } from '../theme/arcStyle.ts';
import { DOT_RADIUS } from './labelLayout.ts';
import type { ScreenPoint } from './types.ts';

/** What a pointer may choose on the map: a place (a dot, a country's land) or a relation (an arc). */
export type PickTarget =
  { readonly kind: 'entity'; readonly id: string } | { readonly kind: 'relation'; readonly id: string };

/** The map as drawn at the moment of a click, in screen px of the map's frame. */
export interface PickScene {
  /** Each place's dot where it is drawn (nudged aside where it would cover another). */
  readonly dots: readonly { readonly id: string; readonly x: number; readonly y: number }[];
  /** Each drawn relation's arc, as the line the map draws; `dimmed` when it is outside the focus
   * (drawn faint: it is chosen only off the story's land, not over a country). */
  readonly arcs: readonly { readonly id: string; readonly points: readonly ScreenPoint[]; readonly dimmed?: boolean }[];
  /** The story's country (its entity id) whose land is at a point, if any. */
  readonly placeAt: (x: number, y: number) => string | undefined;
}

/** What a click chose: nothing, one thing, or several things under the finger, for the reader to pick. */
export type Pick =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly target: PickTarget }
  | { readonly kind: 'choose'; readonly targets: readonly PickTarget[] };

/** Half a finger (px): anything this near the point is under it, as a 24 px target would be (WCAG 2.5.8). */
export const REACH = 12;
// On a dot itself: its drawn disc, and a pixel.
const ON_DOT = DOT_RADIUS + 1;
// On an arc itself: its casing, and a pixel or two.
const ON_ARC = ARC_STYLE.casingWidth / 2 + 2;
// A chooser lists at most this many, the nearest first.
const MOST = 6;

/** Distance (px) from a point to a polyline. */
export function polylineDistance(p: ScreenPoint, line: readonly ScreenPoint[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
  }
  if (line.length === 1 && line[0]) best = Math.hypot(line[0].x - p.x, line[0].y - p.y);
  return best;
}

const entity = (id: string): PickTarget => ({ kind: 'entity', id });
const relation = (id: string): PickTarget => ({ kind: 'relation', id });
const one = (target: PickTarget): Pick => ({ kind: 'one', target });
const some = (targets: readonly PickTarget[]): Pick =>
  targets.length === 0
    ? { kind: 'none' }
    : targets.length === 1 && targets[0]
      ? one(targets[0])
      : { kind: 'choose', targets: targets.slice(0, MOST) };

/**
 * What a click or tap at `p` chooses. A click on a dot chooses its place. On a story country's
 * land, that country, never the nearest dot (a tap on Galilee is Israel, not Jordan's dot beside
 * it), unless an arc in the focus runs right under the pointer: a mouse chooses the arc, a finger is
 * offered both. Elsewhere (the sea, land outside the story), every dot and arc within half a finger
 * (an arc within its hit line, for a mouse): one is chosen, several are offered in a chooser, so no
 * two targets are ever closer than a finger apart. `precise` is a mouse or pen; a touch is not.
 * Pure: the same scene and point give the same answer.
 */
export function pickAt(p: ScreenPoint, scene: PickScene, precise: boolean): Pick {
  const byDistance = <T>(items: readonly T[], distance: (item: T) => number, within: number) =>
    items
      .map((item) => ({ item, d: distance(item) }))
      .filter((x) => x.d <= within)
      .sort((a, b) => a.d - b.d)
      .map((x) => x.item);
  const dotDistance = (d: { x: number; y: number }) => Math.hypot(d.x - p.x, d.y - p.y);
  const arcDistance = (a: { points: readonly ScreenPoint[] }) => polylineDistance(p, a.points);
  const [onDot] = byDistance(scene.dots, dotDistance, ON_DOT);
  if (onDot) return one(entity(onDot.id));
  const land = scene.placeAt(p.x, p.y);
  if (land !== undefined) {
    const onArcs = byDistance(
      scene.arcs.filter((a) => !a.dimmed),
      arcDistance,
      ON_ARC,
    ).map((a) => relation(a.id));
    if (onArcs.length === 0) return one(entity(land));
    return some(precise ? onArcs : [...onArcs, entity(land)]);
  }
  const dots = byDistance(scene.dots, dotDistance, REACH).map((d) => entity(d.id));
  const arcs = byDistance(scene.arcs, arcDistance, precise ? ARC_STYLE.hitWidth / 2 : REACH).map((a) => relation(a.id));
  return some([...dots, ...arcs]);
}
