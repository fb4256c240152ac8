import { drawOverlays } from './drawOverlays.ts';

/** What the map view gives for an export: the map as drawn, with its labels, at a pixel ratio. */
export interface MapHandle {
  /** The map frame as the reader sees it (shapes, arcs, dots, labels, leader lines), at
   * `pixelRatio` device pixels per CSS px; null while the map has nothing drawn yet. */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement | null>;
}

/** A renderer's own drawing at a pixel ratio, without the DOM overlays. */
export type BaseSnapshot = (pixelRatio: number) => Promise<HTMLCanvasElement | null>;

/** The still map (SVG, without WebGL) as a canvas: the SVG carries its colours in attributes, so
 * it renders the same as an image; an image of our own markup never taints the canvas. */
export async function svgSnapshot(svg: SVGSVGElement, pixelRatio: number): Promise<HTMLCanvasElement | null> {
  const { width, height } = svg.getBoundingClientRect();
  if (width === 0 || height === 0) return null;
  const markup = new XMLSerializer().serializeToString(svg);
  // A blob: URL made here: the one kind of image address the page's Content-Security-Policy allows
  // besides its own origin (img-src 'self' blob:; a data: URL would be refused).
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const out = document.createElement('canvas');
    out.width = Math.round(width * pixelRatio);
    out.height = Math.round(height * pixelRatio);
    out.getContext('2d')?.drawImage(image, 0, 0, out.width, out.height);
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The map frame `root` at a pixel ratio: the renderer's drawing placed where it sits in the frame,
 * then the labels and dots drawn over it as laid out on screen. */
export async function composeSnapshot(
  root: HTMLElement,
  base: BaseSnapshot,
  pixelRatio: number,
): Promise<HTMLCanvasElement | null> {
  const drawn = await base(pixelRatio);
  if (!drawn) return null;
  // Labels are drawn in the page's fonts: wait for any still on their way.
  await document.fonts.ready;
  const frame = root.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.round(frame.width * pixelRatio);
  out.height = Math.round(frame.height * pixelRatio);
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  // The renderer fills the frame (the MapLibre canvas, or the still map's SVG).
  ctx.drawImage(drawn, 0, 0, out.width, out.height);
  drawOverlays(ctx, root, pixelRatio);
  return out;
}
