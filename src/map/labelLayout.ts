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
        const clash = obstacles.reduce((s, b) => s + (overlaps(box, b) ? overlapArea(box, b) + 1 : 0), 0);
        const cost = clash + outside * r.height;
        if (!best || cost < best.cost) best = { box, radius, cost };
        if (cost === 0) break search;
      }
    }
    if (!best) return;
    placed.push(best.box);
    out.push({ id: r.id, left: best.box.left, top: best.box.top, leader: best.radius > (RADII[0] ?? 0) });
  });
  return out;
}
