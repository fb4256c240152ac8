/** A point to label, in screen pixels, with the size of its label box. */
export interface LabelRequest {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a label box goes (top-left corner) and whether it needs a leader line to its point. */
export interface PlacedLabel {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly leader: boolean;
}

/** A screen rectangle, in px. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

// Distances (px) from the point to the nearest edge of the label. The first sits the label right
// beside its dot; the rest push it out and draw a leader line, so crowded clusters (the Gulf, the
// Levant) fan out instead of piling up.
const RADII = [6, 22, 44, 70, 100, 136, 180];
// Directions tried at each radius: beside first (reads best), then above/below, then diagonals.
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
];
const DOT_RADIUS = 7;
const GAP = 3;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.left],
    [dx, box.right - ax],
    [-dy, ay - box.top],
    [dy, box.bottom - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The leader from a point to the nearest point of its label box. */
function leaderOf(r: LabelRequest, box: Box): [number, number, number, number] {
  return [r.x, r.y, Math.max(box.left, Math.min(r.x, box.right)), Math.max(box.top, Math.min(r.y, box.bottom))];
}

// A leader line through another label reads as pointing at it: that costs as much as an overlap.
const CROSSING_COST = 5000;
const OVERLAP_COST = 20_000;
const OUTSIDE_COST = 100_000;

function candidate(r: LabelRequest, radius: number, [dx, dy]: readonly [number, number]): Box {
  // Place the box so that its nearest edge (or corner) is `radius` away from the point.
  const left = dx > 0 ? r.x + radius : dx < 0 ? r.x - radius - r.width : r.x - r.width / 2;
  const top = dy > 0 ? r.y + radius : dy < 0 ? r.y - radius - r.height : r.y - r.height / 2;
  return { left, top, right: left + r.width, bottom: top + r.height };
}

/**
 * Places labels greedily in request order (put the most important first): each takes the nearest
 * candidate position that overlaps no placed label, no labelled point and stays in the viewport.
 * When nothing fits it takes the candidate with the least overlap, so every label is shown.
 * Pure and deterministic: the same points and sizes give the same layout.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  reserved: readonly Box[] = [],
): PlacedLabel[] {
  // Reserved boxes (the map's own buttons) are avoided like labels already placed.
  const placed: Box[] = [...reserved];
  const labels: Box[] = [];
  const leaders: [number, number, number, number][] = [];
  const dots: Box[] = requests.map((r) => ({ left: r.x - DOT_RADIUS, top: r.y - DOT_RADIUS, right: r.x + DOT_RADIUS, bottom: r.y + DOT_RADIUS }));
  const out: PlacedLabel[] = [];
  requests.forEach((r, index) => {
    // A label may sit right against its own dot, never on another's.
    const obstacles = [...placed, ...dots.filter((_, i) => i !== index)];
    let best: { box: Box; radius: number; cost: number } | undefined;
    search: for (const radius of RADII) {
      for (const dir of DIRECTIONS) {
        const box = candidate(r, radius, dir);
        const outside =
          Math.max(0, -box.left) + Math.max(0, box.right - viewport.width) + Math.max(0, -box.top) + Math.max(0, box.bottom - viewport.height);
        // Covering another label (or a dot, or a map button) is worse than a crossing leader.
        const clash = obstacles.reduce((s, b) => s + (overlaps(box, b) ? OVERLAP_COST + overlapArea(box, b) : 0), 0);
        // Beside its dot a label needs no leader; further out, its leader must cross no other label,
        // and no earlier leader may run through it.
        const [ax, ay, bx, by] = leaderOf(r, box);
        const crossings =
          radius > (RADII[0] ?? 0)
            ? labels.filter((b) => segmentCrossesBox(ax, ay, bx, by, b)).length + leaders.filter(([x1, y1, x2, y2]) => segmentCrossesBox(x1, y1, x2, y2, box)).length
            : leaders.filter(([x1, y1, x2, y2]) => segmentCrossesBox(x1, y1, x2, y2, box)).length;
        // Leaving the frame is worst of all: a label off the map is a label lost.
        const cost = clash + outside * OUTSIDE_COST + crossings * CROSSING_COST;
        if (!best || cost < best.cost) best = { box, radius, cost };
        if (cost === 0) break search;
      }
    }
    if (!best) return;
    placed.push(best.box);
    labels.push(best.box);
    if (best.radius > (RADII[0] ?? 0)) leaders.push(leaderOf(r, best.box));
    out.push({ id: r.id, left: best.box.left, top: best.box.top, leader: best.radius > (RADII[0] ?? 0) });
  });
  return out;
}
