/**
 * Kind marks as pixels, in plain script: MapLibre needs each mark as an image, and drawing them on a
 * canvas made the page's first 2D canvas (100–300 ms of main thread under a software renderer, in
 * the frame that was to show the map). The marks are a few straight-edged shapes and circles, so a
 * small even-odd rasteriser is enough.
 */

/** A closed outline: x, y pairs in the mark's box. */
type Ring = readonly (readonly [number, number])[];

/** Pixels of a mark: white, its coverage in alpha (RGBA, not premultiplied), as MapLibre's addImage takes. */
export interface MarkPixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

// Segments a half circle is cut into: at 32 px a chord then strays under a hundredth of a pixel.
const ARC_STEPS = 16;

/** The points of an SVG arc command from `from` to `to`, for circles (rx = ry, no rotation). */
function arcPoints(from: readonly [number, number], r: number, large: boolean, sweep: boolean, to: readonly [number, number]): [number, number][] {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const dx = (x2 - x1) / 2;
  const dy = (y2 - y1) / 2;
  const half = Math.hypot(dx, dy);
  if (half === 0) return [];
  // A radius too small for the chord grows to fit it (SVG's rule).
  const radius = Math.max(r, half);
  const offset = Math.sqrt(Math.max(0, radius * radius - half * half)) / half;
  // The centre is on the chord's perpendicular, on the side the flags choose.
  const sign = large === sweep ? -1 : 1;
  const cx = x1 + dx + sign * offset * -dy;
  const cy = y1 + dy + sign * offset * dx;
  const start = Math.atan2(y1 - cy, x1 - cx);
  let turn = Math.atan2(y2 - cy, x2 - cx) - start;
  // sweep = 1 turns the positive way (clockwise on screen, y down).
  if (sweep && turn < 0) turn += 2 * Math.PI;
  if (!sweep && turn > 0) turn -= 2 * Math.PI;
  const steps = Math.max(2, Math.ceil((Math.abs(turn) / Math.PI) * ARC_STEPS));
  const out: [number, number][] = [];
  for (let i = 1; i <= steps; i++) {
    const a = start + (turn * i) / steps;
    out.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  return out;
}

/**
 * The closed outlines of SVG path data made of M, L, H, V, A (circular) and Z, in absolute
 * coordinates, which is all the kind marks use; any other command throws, so a new mark drawn
 * with curves fails its test rather than drawing wrong.
 */
export function pathRings(path: string): Ring[] {
  const tokens = path.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/gu) ?? [];
  const rings: Ring[] = [];
  let ring: [number, number][] = [];
  let at: [number, number] = [0, 0];
  let i = 0;
  const num = () => {
    const t = tokens[i++];
    const n = Number(t);
    if (t === undefined || !Number.isFinite(n)) throw new Error(`mark path: a number expected at token ${i - 1} of "${path}"`);
    return n;
  };
  const close = () => {
    if (ring.length > 2) rings.push(ring);
    ring = [];
  };
  let command = '';
  while (i < tokens.length) {
    const t = tokens[i] ?? '';
    // A number where a command is due repeats the last one (M then repeats as L).
    if (/^[A-Za-z]$/u.test(t)) {
      command = t;
      i++;
    } else if (command === 'M') command = 'L';
    switch (command) {
      case 'M':
        close();
        at = [num(), num()];
        ring.push(at);
        break;
      case 'L':
        at = [num(), num()];
        ring.push(at);
        break;
      case 'H':
        at = [num(), at[1]];
        ring.push(at);
        break;
      case 'V':
        at = [at[0], num()];
        ring.push(at);
        break;
      case 'A': {
        const rx = num();
        const ry = num();
        const rotation = num();
        const large = num() !== 0;
        const sweep = num() !== 0;
        const to: [number, number] = [num(), num()];
        if (rx !== ry || rotation !== 0) throw new Error(`mark path: only circular arcs are drawn ("${path}")`);
        ring.push(...arcPoints(at, rx, large, sweep, to));
        at = to;
        break;
      }
      case 'Z':
      case 'z':
        close();
        break;
      default:
        throw new Error(`mark path: command "${command}" is not drawn ("${path}")`);
    }
  }
  close();
  return rings;
}

// Samples per pixel side: 4 × 4 gives 17 levels of edge coverage, smooth enough at 16 px on screen.
const SAMPLES = 4;

/**
 * `path` filled by the even-odd rule, as the canvas's `fill(path, 'evenodd')` would, one pixel per
 * path unit in a `size` × `size` image: white, each pixel's alpha its covered share.
 */
export function rasterizeMark(path: string, size: number): MarkPixels {
  // Every edge once, as x1, y1, x2, y2: scan lines then need no allocation.
  const edges: number[] = [];
  for (const ring of pathRings(path)) {
    ring.forEach(([x, y], i) => {
      const [nx, ny] = ring[(i + 1) % ring.length] ?? [x, y];
      edges.push(x, y, nx, ny);
    });
  }
  const hits = new Uint16Array(size * size);
  const crossings: number[] = [];
  for (let row = 0; row < size * SAMPLES; row++) {
    const y = (row + 0.5) / SAMPLES;
    // Where this scan line crosses the outline; between the 1st and 2nd, 3rd and 4th… is inside
    // (even-odd). An edge counts for y in [low end, high end), so a vertex is crossed once.
    crossings.length = 0;
    for (let e = 0; e < edges.length; e += 4) {
      const x1 = edges[e] ?? 0;
      const y1 = edges[e + 1] ?? 0;
      const x2 = edges[e + 2] ?? 0;
      const y2 = edges[e + 3] ?? 0;
      if (y1 > y !== y2 > y) crossings.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
    crossings.sort((a, b) => a - b);
    const py = Math.floor(row / SAMPLES);
    for (let c = 0; c + 1 < crossings.length; c += 2) {
      // Sample columns whose centres fall in [from, to).
      const first = Math.max(0, Math.ceil((crossings[c] ?? 0) * SAMPLES - 0.5));
      const last = Math.min(size * SAMPLES - 1, Math.ceil((crossings[c + 1] ?? 0) * SAMPLES - 0.5) - 1);
      for (let col = first; col <= last; col++) {
        const i = py * size + Math.floor(col / SAMPLES);
        hits[i] = (hits[i] ?? 0) + 1;
      }
    }
  }
  const data = new Uint8Array(size * size * 4);
  hits.forEach((h, i) => {
    if (h === 0) return;
    // As a canvas reads back: white where anything is drawn, transparent black elsewhere.
    data.set([255, 255, 255, Math.round((255 * h) / (SAMPLES * SAMPLES))], i * 4);
  });
  return { width: size, height: size, data };
}
