/** A point to label, in screen pixels, with the size of its label box. */
export interface LabelRequest {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The selection's label, or one of its partners': where no spot beside its dot is free, it may
   * stand further out with a leader line to its dot. */
  readonly required?: boolean;
  /** A required label that is shown whatever it takes: where no spot is free even on a leader, it
   * is laid where it covers least (other dots, never another label or a control). The selection's
   * and its partner countries'; a partner group's dot may go unnamed rather than misplace its name. */
  readonly insist?: boolean;
  /** How much covering this place's dot costs a required label (a partner of the selection more
   * than a place the selection does not touch); 1 when not given. */
  readonly weight?: number;
  /** The ISO numeric code of the country the label names: a label may lie over it, or the sea, or
   * land that is no place of the story, but never over another place's land. Undefined for an actor
   * (a group, a firm), which is no country: its label lies over no place's land. */
  readonly own?: string | undefined;
  /** A dot drawn without its label (an actor on a small map): it is not placed, but keeps other
   * labels off it as any dot does. */
  readonly dotOnly?: boolean;
}

/** Whose land is at a screen point (px): an ISO numeric code, '' for uncoded land, undefined for sea. */
export type LandAt = (x: number, y: number) => string | undefined;

/** What the layout asks of the map's land: whose land is at a point (to weigh how much of a box lies
 * over land that is no place's), and which of some countries have land under a box (exactly, to
 * keep a label off every other place's land). */
export interface LabelLand {
  readonly at: LandAt;
  readonly within: (box: Box, isos: ReadonlySet<string>) => ReadonlySet<string>;
}

/** A line from a dot to its label, drawn where the label stands away from its dot. */
export interface Leader {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Where a label box goes (top-left corner), or that it is not shown. */
export interface PlacedLabel {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  /** False when the label had no room beside its point (or its point is off the frame): the dot
   * stays, with its accessible name and tooltip, and a lower-ranked label gave way. */
  readonly shown: boolean;
  /** Set when the label stands away from its dot (a required label in a crowded place). */
  readonly leader?: Leader;
  /** Set when a required label found no free spot and was laid where it covers least (see placeLabels). */
  readonly forced?: true;
}

/** A screen rectangle, in px. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Radius (px) of a place's dot, as drawn (see NodeLabels.css). */
export const DOT_RADIUS = 7;

// Eduard Imhof's preferred positions of a label around a point, in order: top right, top left,
// bottom right, bottom left, right, left, top, bottom.
const POSITIONS: readonly (readonly [number, number])[] = [
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
];
// Gaps (px) between the dot's edge and the label tried at each position: snug first, then a little out.
const GAPS = [2, 10];
// A required label with no room beside its dot stands this far out (px from the dot's centre to the
// label's nearest side), in one of 24 directions, with a leader line back to its dot: the nearest
// free spot over the sea or land that is no place's (Kuwait, between Iraq, Iran and Saudi Arabia,
// may be named over Syria on a phone).
const CALLOUT_REACH = [26, 44, 68, 96, 128];
const CALLOUT_DIRECTIONS = 24;
/** The least gap (px) between a label on a leader and any other dot's centre. */
const CALLOUT_CLEARANCE = DOT_RADIUS + 6;
// Labels keep this much air between them.
const AIR = 2;
// And this much (px) from another place's land.
const LAND_AIR = 2;

const grow = (b: Box, by: number): Box => ({
  left: b.left - by,
  top: b.top - by,
  right: b.right + by,
  bottom: b.bottom + by,
});

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + AIR && b.left < a.right + AIR && a.top < b.bottom + AIR && b.top < a.bottom + AIR;
}

/** The box of a label at one of Imhof's positions around a point, `gap` px off the dot. For a
 * diagonal the label's corner sits by the dot; straight out, its middle faces it. */
function candidate(r: LabelRequest, gap: number, [dx, dy]: readonly [number, number]): Box {
  const reach = DOT_RADIUS + gap;
  // Diagonals pull in towards the point: the label's near corner sits on the dot's circle, not
  // on the corner of its bounding square.
  const diagonal = dx !== 0 && dy !== 0 ? reach * Math.SQRT1_2 : reach;
  const left = dx > 0 ? r.x + diagonal : dx < 0 ? r.x - diagonal - r.width : r.x - r.width / 2;
  const top = dy > 0 ? r.y + diagonal : dy < 0 ? r.y - diagonal - r.height : r.y - r.height / 2;
  return { left, top, right: left + r.width, bottom: top + r.height };
}

/** A label standing `reach` px out from its dot in direction `angle`, and the leader to it. */
function callout(r: LabelRequest, reach: number, angle: number): { box: Box; leader: Leader } {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // The box's centre is as far along the direction as its nearest side must be, plus its half-extent.
  const along = reach + Math.abs(ux) * (r.width / 2) + Math.abs(uy) * (r.height / 2);
  const cx = r.x + ux * along;
  const cy = r.y + uy * along;
  const box = { left: cx - r.width / 2, top: cy - r.height / 2, right: cx + r.width / 2, bottom: cy + r.height / 2 };
  const end = nearestPoint(box, r.x, r.y);
  return { box, leader: { x1: r.x + ux * DOT_RADIUS, y1: r.y + uy * DOT_RADIUS, x2: end.x, y2: end.y } };
}

/** The point of a box nearest to (x, y). */
function nearestPoint(b: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(Math.max(x, b.left), b.right), y: Math.min(Math.max(y, b.top), b.bottom) };
}

/** Distance (px) from a point to the nearest point of a box (0 inside it). */
export function boxDistance(b: Box, x: number, y: number): number {
  const p = nearestPoint(b, x, y);
  return Math.hypot(p.x - x, p.y - y);
}

/** Distance (px) from a point to a segment. */
function segmentDistance(x: number, y: number, l: Leader): number {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - l.x1) * dx + (y - l.y1) * dy) / len2));
  return Math.hypot(l.x1 + t * dx - x, l.y1 + t * dy - y);
}

/** Whether a segment crosses a box (sampled every 2 px: leaders are short). */
function segmentCrosses(l: Leader, b: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(l.x2 - l.x1, l.y2 - l.y1) / 2));
  for (let i = 1; i < steps; i++) {
    const x = l.x1 + ((l.x2 - l.x1) * i) / steps;
    const y = l.y1 + ((l.y2 - l.y1) * i) / steps;
    if (x > b.left && x < b.right && y > b.top && y < b.bottom) return true;
  }
  return false;
}

// A label box is sampled on this grid (columns x rows, at the cells' centres) to weigh how much of
// it lies over land that is no place of the story.
const SAMPLE_COLUMNS = 5;
const SAMPLE_ROWS = 3;

/**
 * The share (0 to 1) of a label box that lies over land other than `own` and other than the
 * story's places (whose land the layout keeps the box off exactly): a name over a neighbour is read
 * as the neighbour's (Iran's over Iraq). The sea and the place's own land are free; land with no
 * code (a disputed area) counts, as the reader sees a border there.
 */
export function otherLandShare(
  box: Box,
  own: string | undefined,
  storyLand: ReadonlySet<string>,
  landAt: LandAt,
): number {
  let other = 0;
  for (let col = 0; col < SAMPLE_COLUMNS; col++) {
    for (let row = 0; row < SAMPLE_ROWS; row++) {
      const x = box.left + ((col + 0.5) / SAMPLE_COLUMNS) * (box.right - box.left);
      const y = box.top + ((row + 0.5) / SAMPLE_ROWS) * (box.bottom - box.top);
      const land = landAt(x, y);
      if (land !== undefined && land !== own && !storyLand.has(land)) other++;
    }
  }
  return other / (SAMPLE_COLUMNS * SAMPLE_ROWS);
}

/**
 * `within` for a map whose screen boxes are not longitude/latitude boxes (the still map's curved
 * projection): every `step` px of the box, edges included, asked of `at`. Dense enough that no
 * country a label could be read as naming slips between samples.
 */
export function sampledWithin(at: LandAt, step = 3): LabelLand['within'] {
  return (box, isos) => {
    const found = new Set<string>();
    const columns = Math.max(1, Math.ceil((box.right - box.left) / step));
    const rows = Math.max(1, Math.ceil((box.bottom - box.top) / step));
    for (let c = 0; c <= columns; c++) {
      for (let r = 0; r <= rows; r++) {
        const land = at(
          box.left + ((box.right - box.left) * c) / columns,
          box.top + ((box.bottom - box.top) * r) / rows,
        );
        if (land !== undefined && isos.has(land)) found.add(land);
      }
    }
    return found;
  };
}

// The cost of standing further out than snug against the dot, against a share of other land: a
// label a little out over the sea is better than one snug over a neighbour, and one on a leader is
// taken only where neither is free (or the snug one lies mostly over land that is no place's).
const TIER_COST = [0, 0.15, 0.5];

const inside = (b: Box, v: { width: number; height: number }) =>
  b.left >= 0 && b.top >= 0 && b.right <= v.width && b.bottom <= v.height;

interface Spot {
  readonly box: Box;
  readonly leader?: Leader;
  readonly tier: number;
  readonly extra: number;
}

/** Every spot a label may take, in order of preference: Imhof's positions snug, then a little out,
 * then (for a required label) on a leader, nearer first. */
function spotsFor(r: LabelRequest): Spot[] {
  const spots: Spot[] = [];
  GAPS.forEach((gap, tier) => {
    for (const position of POSITIONS) spots.push({ box: candidate(r, gap, position), tier, extra: 0 });
  });
  if (r.required) {
    for (const reach of CALLOUT_REACH) {
      for (let i = 0; i < CALLOUT_DIRECTIONS; i++) {
        // Start at the top right (Imhof's first) and go round both ways alike: -45°, then either side of it.
        const k = Math.ceil(i / 2) * (i % 2 === 0 ? 1 : -1);
        const { box, leader } = callout(r, reach, -Math.PI / 4 + (k * 2 * Math.PI) / CALLOUT_DIRECTIONS);
        spots.push({ box, leader, tier: 2, extra: reach / 300 });
      }
    }
  }
  return spots;
}

/**
 * Places labels in rank order (the caller puts the selection and its partners first). Each takes
 * the spot it prefers among those that stay in the frame, cover no label already placed, no dot and
 * no map control, lie over no other place's land (with `land`: exactly, by the shapes' edges), and
 * leave its own dot the nearest to it (a label beyond a neighbour's dot is read as the
 * neighbour's); among those, the one over the least land of countries outside the story, Imhof's
 * order breaking ties. A label that fits nowhere is not shown (its dot stays, with its name for
 * screen readers), and neither is one whose point is off the frame; a required label stands out on
 * a leader line rather than go, and only as a last resort covers other dots.
 * Pure and deterministic: the same points, sizes and land give the same layout.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  reserved: readonly Box[] = [],
  land?: LabelLand,
): PlacedLabel[] {
  const first = placeInOrder(requests, viewport, reserved, land);
  // Placed one by one, a label may take the one spot a later required label had (the selection's
  // name over the sea a partner needed): those that went unnamed, or were laid where they cover
  // other dots, are placed again first (after the first label, then before it), and the layout
  // that leaves the fewest so wins; the first on a tie.
  const missedAt = (placed: readonly PlacedLabel[]) =>
    placed.flatMap((p, i) =>
      requests[i]?.required && (!p.shown || p.forced) && onFrameOf(requests[i], viewport) ? [i] : [],
    );
  const missed = missedAt(first);
  if (missed.length === 0) return first;
  const rest = (skip: readonly number[]) => requests.map((_, i) => i).filter((i) => !skip.includes(i));
  const orders = [[0, ...missed.filter((i) => i !== 0)], missed]
    .map((lead) => [...new Set(lead)])
    .map((lead) => [...lead, ...rest(lead)]);
  let best = first;
  for (const order of orders) {
    const again = placeInOrder(
      order.map((i) => requests[i] as LabelRequest),
      viewport,
      reserved,
      land,
    );
    const back = new Map(order.map((i, k) => [i, again[k] as PlacedLabel]));
    const layout = requests.map((_, i) => back.get(i) as PlacedLabel);
    if (missedAt(layout).length < missedAt(best).length) best = layout;
  }
  return best;
}

/** Whether a point is on the frame. */
const onFrame = (r: { readonly x: number; readonly y: number }, v: { width: number; height: number }) =>
  r.x >= 0 && r.y >= 0 && r.x <= v.width && r.y <= v.height;
/** Whether a request is a label to place on the frame (not a dot alone, not off the frame). */
const onFrameOf = (r: LabelRequest | undefined, v: { width: number; height: number }) =>
  r !== undefined && !r.dotOnly && onFrame(r, v);

function placeInOrder(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  reserved: readonly Box[],
  land: LabelLand | undefined,
): PlacedLabel[] {
  const taken: Box[] = [...reserved];
  const leaders: Leader[] = [];
  // The land of every place being labelled: no other label lies over it.
  const storyLand = new Set(requests.flatMap((r) => (r.own !== undefined && r.own !== '' ? [r.own] : [])));
  const dots: Box[] = requests.map((r) => ({
    left: r.x - DOT_RADIUS,
    top: r.y - DOT_RADIUS,
    right: r.x + DOT_RADIUS,
    bottom: r.y + DOT_RADIUS,
  }));
  return requests.map((r, index) => {
    const hidden = { id: r.id, left: r.x, top: r.y, shown: false };
    if (!onFrameOf(r, viewport)) return hidden;
    const others = requests.flatMap((o, i) =>
      i === index || !onFrame(o, viewport) ? [] : [{ o, b: dots[i] as Box, weight: o.weight ?? 1 }],
    );
    const forbidden = new Set([...storyLand].filter((iso) => iso !== r.own));
    const fits = (box: Box) => inside(box, viewport) && !taken.some((b) => overlaps(box, b));
    const leaderClear = (l: Leader | undefined) =>
      !l ||
      (others.every(({ o }) => segmentDistance(o.x, o.y, l) > DOT_RADIUS + 1) &&
        !taken.some((b) => segmentCrosses(l, b)) &&
        !leaders.some((m) => crosses(l, m)));
    // Its own dot nearer than any other: a label past a neighbour's dot is read as the neighbour's.
    // A label on a leader is tied to its dot by the line instead (which passes no other dot), and
    // keeps a clear gap from every other dot.
    const nearestIsOwn = (box: Box, leader?: Leader) => {
      if (leader) return others.every(({ o }) => boxDistance(box, o.x, o.y) >= CALLOUT_CLEARANCE);
      const mine = boxDistance(box, r.x, r.y);
      return others.every(({ o }) => boxDistance(box, o.x, o.y) > mine + 1);
    };
    // With a little air: a label that touches a border looks as if it lay on it, and the shapes are
    // drawn as straight lines on the screen where a border is a curve on the globe.
    const offOtherPlaces = (box: Box) =>
      !land || forbidden.size === 0 || land.within(grow(box, LAND_AIR), forbidden).size === 0;
    let best: { spot: Spot; cost: number } | undefined;
    // Spots come in order of the least they can cost: once the best found costs no more than the
    // next could, the rest are not looked at (over open sea, Imhof's first free position wins).
    for (const spot of spotsFor(r)) {
      const least = (TIER_COST[spot.tier] ?? 1) + spot.extra;
      if (best && best.cost <= least) break;
      const { box } = spot;
      if (
        !fits(box) ||
        others.some((o) => overlaps(box, o.b)) ||
        !nearestIsOwn(box, spot.leader) ||
        !leaderClear(spot.leader) ||
        !offOtherPlaces(box)
      )
        continue;
      const cost = least + (land ? otherLandShare(box, r.own, storyLand, land.at) : 0);
      if (!best || cost < best.cost) best = { spot, cost };
    }
    let forced = false;
    if (!best && r.insist) {
      forced = true;
      // A last resort for the selection and its partner countries: a spot off other places' land
      // above all (a name there names that place), then one tied to its own dot (nearest, or on a
      // clear leader), then the one that covers the fewest other dots (the partners' counting most;
      // they stay on top, clickable); never another label or a control.
      for (const spot of spotsFor(r)) {
        if (!fits(spot.box)) continue;
        const covered = others.reduce((sum, o) => sum + (overlaps(spot.box, o.b) ? o.weight : 0), 0);
        // Over another place's land it would name that place: worse than covering any dots.
        const onPlaces = offOtherPlaces(spot.box) ? 0 : 1;
        const cost =
          10 +
          onPlaces * 1000 +
          covered * 2 +
          (nearestIsOwn(spot.box, spot.leader) && leaderClear(spot.leader) ? 0 : 50) +
          spot.tier * 0.1 +
          spot.extra;
        if (!best || cost < best.cost) best = { spot, cost };
      }
    }
    if (!best) return hidden;
    taken.push(best.spot.box);
    if (best.spot.leader) leaders.push(best.spot.leader);
    return {
      id: r.id,
      left: best.spot.box.left,
      top: best.spot.box.top,
      shown: true,
      ...(best.spot.leader ? { leader: best.spot.leader } : {}),
      ...(forced ? { forced: true as const } : {}),
    };
  });
}

/** Whether two segments cross (proper intersection). */
function crosses(a: Leader, b: Leader): boolean {
  const side = (x: number, y: number, l: Leader) => Math.sign((l.x2 - l.x1) * (y - l.y1) - (l.y2 - l.y1) * (x - l.x1));
  return side(a.x1, a.y1, b) * side(a.x2, a.y2, b) < 0 && side(b.x1, b.y1, a) * side(b.x2, b.y2, a) < 0;
}

/** A point moved off its place so its dot does not cover another's. */
export interface SeparatedDot {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** True when the dot was moved: it is drawn with a short leader back to its true place. */
  readonly moved: boolean;
}

/**
 * Nudges dots apart until no two overlap (Israel and Jordan are a few pixels apart at world scale,
 * and one dot hid three quarters of the other, so a click on Israel chose Jordan). Each pass pushes
 * every overlapping pair apart along the line between them, half each, the earlier-ranked dot less;
 * dots on the same spot part along a fixed direction so the result is deterministic. The leader
 * back to the true place stays short: a dot moves by at most about one dot diameter per neighbour.
 */
export function separateDots(
  points: readonly { id: string; x: number; y: number }[],
  minDistance = 2 * DOT_RADIUS + 2,
  passes = 40,
): SeparatedDot[] {
  const pos = points.map((p) => ({ x: p.x, y: p.y }));
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i];
        const b = pos[j];
        if (!a || !b) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance - 0.01) continue;
        if (d < 0.01) {
          // Same spot: part them along a direction that depends only on the pair's order.
          const angle = ((i * 7 + j * 13) % 12) * (Math.PI / 6);
          [dx, dy, d] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (minDistance - d) / 2;
        // The higher-ranked dot (earlier) gives way less, so the selection stays put where it can.
        a.x -= (dx / d) * push * 0.5;
        a.y -= (dy / d) * push * 0.5;
        b.x += (dx / d) * push * 1.5;
        b.y += (dy / d) * push * 1.5;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return points.map((p, i) => {
    const q = pos[i] ?? p;
    return { id: p.id, x: q.x, y: q.y, moved: Math.hypot(q.x - p.x, q.y - p.y) > 0.5 };
  });
}

/**
 * `landAt` answered once per whole pixel: the answer for a point is the one for the pixel it falls
 * in, remembered. Make one per camera position: a change of selection lays the labels out again over
 * the same view, and then finds every sample already asked (each is a map unprojection and a search
 * of the world's shapes).
 */
export function perPixel(landAt: LandAt): LandAt {
  const seen = new Map<number, string | undefined>();
  return (x, y) => {
    const px = Math.round(x);
    const py = Math.round(y);
    // One number per pixel: the view is never 100,000 px tall.
    const key = px * 100_000 + py;
    if (seen.has(key)) return seen.get(key);
    const land = landAt(px, py);
    seen.set(key, land);
    return land;
  };
}
