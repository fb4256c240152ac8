import type { Bounds } from '../arcs/bounds.ts';
import type { Box } from '../map/labelLayout.ts';

// The small still maps of the handout and the speaker notes: plain Mercator into an SVG box, the
// shapes cut to what the box shows and thinned to what its pixels can show. Pure: the worker
// (stepShapes.worker.ts) runs shapePaths over the shapes file, the components project the places.

/** A point in degrees, [lng, lat]. */
export type LngLat = readonly [number, number];

/** A country shape as the shapes file has it (GeoJSON, already unwrapped for a flat map). */
export interface ShapeFeature {
  readonly properties: { readonly iso?: string | undefined } | null;
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly LngLat[])[] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly LngLat[])[])[] }
    | null;
}

/** One country's outline in the box, as an SVG path. */
export interface StepShape {
  readonly iso: string;
  readonly d: string;
}

/** A Mercator view of a box of the world in a width × height px frame. */
export interface MapFrame {
  readonly width: number;
  readonly height: number;
  /** Degrees to px in the frame. */
  readonly project: (p: LngLat) => readonly [number, number];
  /** The degrees the frame shows (wider than the box it was fitted to, on one axis). */
  readonly shows: Bounds;
}

// Mercator's y, in radians; latitudes held inside ±85° (beyond, it runs to infinity).
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
const latOf = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Fits `box` into the frame with `pad` px on every side, keeping Mercator's proportions: the box is
 * centred, and the frame shows more of the world along the axis it has room to spare on.
 */
export function frameFor(box: Bounds, width: number, height: number, pad: number): MapFrame {
  const [[w, s], [e, n]] = box;
  const x0 = rad(w);
  const x1 = rad(Math.max(e, w + 1e-6));
  const y0 = mercY(s);
  const y1 = Math.max(mercY(n), y0 + 1e-6);
  const scale = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const project = ([lng, lat]: LngLat): readonly [number, number] => [
    width / 2 + (rad(lng) - cx) * scale,
    height / 2 - (mercY(lat) - cy) * scale,
  ];
  const halfW = width / 2 / scale;
  const halfH = height / 2 / scale;
  const deg = (r: number) => (r * 180) / Math.PI;
  return {
    width,
    height,
    project,
    shows: [
      [deg(cx - halfW), latOf(cy - halfH)],
      [deg(cx + halfW), latOf(cy + halfH)],
    ],
  };
}

/** The box of some rings, in degrees. */
function ringsBox(rings: readonly (readonly LngLat[])[]): Bounds {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [lng, lat] of ring) {
      w = Math.min(w, lng);
      e = Math.max(e, lng);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [
    [w, s],
    [e, n],
  ];
}

const overlaps = (a: Bounds, b: Bounds) =>
  a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** A ring as a path in the frame, dropping points less than `minStep` px from the last one kept. */
export function ringPath(ring: readonly LngLat[], frame: MapFrame, minStep = 0.75): string {
  let d = '';
  let last: readonly [number, number] | null = null;
  for (const p of ring) {
    const [x, y] = frame.project(p);
    if (last && Math.hypot(x - last[0], y - last[1]) < minStep) continue;
    d += `${last ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    last = [x, y];
  }
  return d === '' ? '' : `${d}Z`;
}

/**
 * The outlines of the countries the frame shows (with a margin of half its span, so that no coast
 * stops short of the edge), each as one SVG path; the polygons of a country outside the view are
 * left out, so a small map of the Gulf does not carry Alaska.
 */
export function shapePaths(features: readonly ShapeFeature[], frame: MapFrame): StepShape[] {
  const [[w, s], [e, n]] = frame.shows;
  const mx = (e - w) / 2;
  const my = (n - s) / 2;
  const view: Bounds = [
    [w - mx, s - my],
    [e + mx, n + my],
  ];
  return features.flatMap((f) => {
    const g = f.geometry;
    if (!g) return [];
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const d = polygons
      .filter((rings) => overlaps(ringsBox(rings), view))
      .flatMap((rings) => rings.map((ring) => ringPath(ring, frame)))
      .join('');
    return d === '' ? [] : [{ iso: f.properties?.iso ?? '', d }];
  });
}

/** A label to place: the point it names and the size of its text box (px). */
export interface LabelRequest {
  readonly id: string;
  readonly at: readonly [number, number];
  readonly width: number;
  readonly height: number;
}

/** Where a label went: its box, or null when no spot beside its point was free. */
export interface PlacedLabel {
  readonly id: string;
  readonly box: Box | null;
}

const hit = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places labels greedily, in the order given (the most important first): each takes the first of
 * four spots beside its point (right, left, above, below, `gap` px away) that lies inside the frame
 * and clear of the labels and dots placed before it; a label with no such spot is left out.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number, gap = 5): PlacedLabel[] {
  const taken: Box[] = requests.map((r) => ({
    left: r.at[0] - 3,
    top: r.at[1] - 3,
    right: r.at[0] + 3,
    bottom: r.at[1] + 3,
  }));
  return requests.map((r) => {
    const [x, y] = r.at;
    const spots: Box[] = [
      { left: x + gap, top: y - r.height / 2, right: x + gap + r.width, bottom: y + r.height / 2 },
      { left: x - gap - r.width, top: y - r.height / 2, right: x - gap, bottom: y + r.height / 2 },
      { left: x - r.width / 2, top: y - gap - r.height, right: x + r.width / 2, bottom: y - gap },
      { left: x - r.width / 2, top: y + gap, right: x + r.width / 2, bottom: y + gap + r.height },
    ];
    const box =
      spots.find(
        (b) => b.left >= 0 && b.top >= 0 && b.right <= width && b.bottom <= height && !taken.some((t) => hit(t, b)),
      ) ?? null;
    if (box) taken.push(box);
    return { id: r.id, box };
  });
}

/** A filled arrowhead (an SVG path) at `tip`, pointing the way from `from`: `size` px long. */
export function arrowHead(from: readonly [number, number], tip: readonly [number, number], size = 8): string {
  const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  const [ux, uy] = [(tip[0] - from[0]) / len, (tip[1] - from[1]) / len];
  const [bx, by] = [tip[0] - ux * size, tip[1] - uy * size];
  const half = size * 0.45;
  const f = (n: number) => n.toFixed(1);
  return `M${f(tip[0])} ${f(tip[1])}L${f(bx - uy * half)} ${f(by + ux * half)}L${f(bx + uy * half)} ${f(by - ux * half)}Z`;
}
