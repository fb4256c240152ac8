// How an arc is drawn, in one place for both renderers (MapLibre's layers and the SVG fallback), so
// that a selected, dimmed or alleged relation looks the same with or without WebGL.

/** Line widths (px) and opacities of relation arcs. */
export const ARC_STYLE = {
  width: 2.4,
  selectedWidth: 4.5,
  /** The white casing under each line, so arcs read over any fill. */
  casingWidth: 5,
  selectedCasingWidth: 8,
  casingOpacity: 0.85,
  /** Opacity of an arc outside the current focus. */
  dimOpacity: 0.14,
  casingDimOpacity: 0.1,
  /** The invisible line the pointer hovers and clicks: a 2 px line is hard to hit. */
  hitWidth: 14,
  /** A kind mark's size on its arc: large enough to tell the kinds' shapes apart. */
  markSize: 16,
  /** The casing-coloured ring around a kind mark, so it reads over its own line and any fill. */
  markHalo: 1.5,
} as const;

/** Dash pattern of alleged relations, in line widths (MapLibre's unit). */
export const ALLEGED_DASH: readonly [number, number] = [2, 1.5];

/** The same dash in px for SVG, whose dash lengths are absolute rather than in line widths. */
export function svgDash(width: number): string {
  return ALLEGED_DASH.map((n) => (n * width).toFixed(1)).join(' ');
}
