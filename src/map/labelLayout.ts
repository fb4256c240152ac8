/** A point to label, in screen pixels, with the size of its label box. */
export interface LabelRequest {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The selection's own label: shown even where it must cover another place's dot (never another
   * label or a control), because a selection without its name teaches nothing. */
  readonly required?: boolean;
  /** How much covering this place's dot costs a required label (a partner of the selection more
   * than a place the selection does not touch); 1 when not given. */
  readonly weight?: number;
  /** The ISO numeric code of the land the label names (its own country, or the land an actor is
   * placed on): a label may lie over it, or the sea, but should not lie over a neighbour's land. */
  readonly own?: string | undefined;
}

/** Whose land is at a screen point (px): an ISO numeric code, '' for uncoded land, undefined for sea. */
export type LandAt = (x: number, y: number) => string | undefined;

/** Where a label box goes (top-left corner), or that it is not shown. */
export interface PlacedLabel {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  /** False when the label had no room beside its point (or its point is off the frame): the dot
   * stays, with its accessible name and tooltip, and a lower-ranked label gave way. */
  readonly shown: boolean;
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
// bottom right, bottom left, right, left, top, bottom. A label that fits none of them, at a gap of a
// few pixels, is dropped rather than moved away: a name far from its place is read as another place's.
const POSITIONS: readonly (readonly [number, number])[] = [
  [1, -1], [-1, -1], [1, 1], [-1, 1], [1, 0], [-1, 0], [0, -1], [0, 1],
];
// Gaps (px) between the dot's edge and the label tried at each position: snug first, then a little out.
const GAPS = [2, 10];
// Labels keep this much air between them.
const AIR = 2;

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

// A label box is sampled on this grid (columns x rows, at the cells' centres) to see whose land it covers.
const SAMPLE_COLUMNS = 5;
const SAMPLE_ROWS = 3;

/** How much of a label box lies on land not its own: on the story's other countries, and on the
 * rest of the world's land; each a share from 0 to 1. */
export interface LandCover {
  readonly story: number;
  readonly other: number;
}

/**
 * What a label box covers of land other than `own`: a name over a neighbour is read as the
 * neighbour's (Israel's over Jordan, Kuwait's over Iraq), worst of all over another of the story's
 * countries, which is tinted and labelled itself. The sea and the place's own land are free; land
 * with no code (a disputed area) counts as another's, as the reader sees a border there.
 */
export function landCover(box: Box, own: string | undefined, storyLand: ReadonlySet<string | undefined>, landAt: LandAt): LandCover {
  let story = 0;
  let other = 0;
  for (let col = 0; col < SAMPLE_COLUMNS; col++) {
    for (let row = 0; row < SAMPLE_ROWS; row++) {
      const x = box.left + ((col + 0.5) / SAMPLE_COLUMNS) * (box.right - box.left);
      const y = box.top + ((row + 0.5) / SAMPLE_ROWS) * (box.bottom - box.top);
      const land = landAt(x, y);
      if (land === undefined || land === own) continue;
      if (storyLand.has(land)) story++;
      else other++;
    }
  }
  const n = SAMPLE_COLUMNS * SAMPLE_ROWS;
  return { story: story / n, other: other / n };
}

// A label over another story country costs this many times one over unlabelled land.
const STORY_WEIGHT = 4;
// Past this share of another story country's land, a label that is not the selection's is not
// shown: the dot stays, and a name that would be read as its neighbour's is worse than none.
export const MAX_STORY_COVER = 0.2;
const coverCost = (c: LandCover) => c.story * STORY_WEIGHT + c.other;

const inside = (b: Box, v: { width: number; height: number }) => b.left >= 0 && b.top >= 0 && b.right <= v.width && b.bottom <= v.height;

/**
 * Places labels in rank order (the caller puts the selection and its partners first): each takes
 * the first of Imhof's positions, snug against its dot, that stays in the frame and covers no label
 * already placed, no other dot and no map control; and, given `landAt`, the one of those that covers
 * the least of other countries' land (Imhof's order breaks ties, so over open sea or its own land a
 * label keeps its preferred spot). A label that fits nowhere is not shown, and one whose point is
 * off the frame is not shown either (never pinned to the edge over other land).
 * Pure and deterministic: the same points, sizes and land give the same layout.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  reserved: readonly Box[] = [],
  landAt?: LandAt,
): PlacedLabel[] {
  const taken: Box[] = [...reserved];
  // The land of every place being labelled: covering it misleads most.
  const storyLand = new Set(requests.map((r) => r.own).filter((own) => own !== undefined && own !== ''));
  const dots: Box[] = requests.map((r) => ({ left: r.x - DOT_RADIUS, top: r.y - DOT_RADIUS, right: r.x + DOT_RADIUS, bottom: r.y + DOT_RADIUS }));
  return requests.map((r, index) => {
    const hidden = { id: r.id, left: r.x, top: r.y, shown: false };
    if (r.x < 0 || r.y < 0 || r.x > viewport.width || r.y > viewport.height) return hidden;
    const others = dots.flatMap((b, i) => (i === index ? [] : [{ b, weight: requests[i]?.weight ?? 1 }]));
    const fits = (box: Box) => inside(box, viewport) && !taken.some((b) => overlaps(box, b));
    const cover = (box: Box): LandCover => (landAt ? landCover(box, r.own, storyLand, landAt) : { story: 0, other: 0 });
    let free: { box: Box; cover: LandCover; cost: number } | undefined;
    search: for (const gap of GAPS) {
      for (const position of POSITIONS) {
        const box = candidate(r, gap, position);
        if (!fits(box) || others.some((o) => overlaps(box, o.b))) continue;
        const c = cover(box);
        const cost = coverCost(c);
        if (!free || cost < free.cost) free = { box, cover: c, cost };
        // Nothing better than clear of every neighbour: stop looking (labels are laid out per frame).
        if (cost === 0) break search;
      }
    }
    if (free && (r.required || free.cover.story <= MAX_STORY_COVER)) {
      taken.push(free.box);
      return { id: r.id, left: free.box.left, top: free.box.top, shown: true };
    }
    if (!r.required) return hidden;
    // Only a required label may, as a last resort, lie over other dots (they stay on top, clickable):
    // the spot that covers the least, the selection's partners counting most.
    let best: { box: Box; cost: number } | undefined;
    for (const gap of GAPS) {
      for (const position of POSITIONS) {
        const box = candidate(r, gap, position);
        if (!fits(box)) continue;
        // Covering a dot costs more than any share of a neighbour's land (the land's cost, scaled, is at most 1).
        const cost = others.reduce((sum, o) => sum + (overlaps(box, o.b) ? o.weight : 0), 0) * 2 + coverCost(cover(box)) / STORY_WEIGHT;
        if (!best || cost < best.cost) best = { box, cost };
      }
    }
    if (!best) return hidden;
    taken.push(best.box);
    return { id: r.id, left: best.box.left, top: best.box.top, shown: true };
  });
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
export function separateDots(points: readonly { id: string; x: number; y: number }[], minDistance = 2 * DOT_RADIUS + 2, passes = 40): SeparatedDot[] {
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
