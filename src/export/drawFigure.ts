import { KIND_MARK, MARK_BOX } from '../arcs/kindMarks.ts';
import type { Lang } from '../i18n/lang.ts';
import type { FigureText } from './figureText.ts';
import type { KeyEntry } from './figureKey.ts';
import { flowRows, wrapLines } from './textFlow.ts';

/** What an exported picture is made of. */
export interface FigureInput {
  /** The map as drawn, with its labels, at `pixelRatio`. */
  readonly map: HTMLCanvasElement;
  readonly text: FigureText;
  readonly key: readonly KeyEntry[];
  /** The theme's colours, resolved (a canvas cannot read CSS variables). */
  readonly colors: {
    readonly paper: string;
    readonly ink: string;
    readonly inkMuted: string;
    readonly border: string;
    readonly actorOutline: string;
  };
  /** The app's font stacks. */
  readonly fonts: { readonly latin: string; readonly urdu: string };
  readonly pixelRatio: number;
}

// The picture's measures in CSS px (multiplied by the pixel ratio when drawn).
const PAD = 16;
const MIN_WIDTH = 480;
const GAP = 10;
const SIZE = { title: 22, subtitle: 17, caption: 15, key: 13, source: 12 } as const;
// Nastaliq climbs and descends far more than Latin type: its lines need about twice the height.
const LINE = { en: 1.3, ur: 2.1 } as const;
const SWATCH = 26;
const KEY_ROW = 24;
const KEY_GAP = 18;

/**
 * The exported picture: the story's title (in the reader's language, the other under it), what the
 * view shows, the map with its labels, a key of what is drawn, and the source line, on the page's
 * ground. Text is laid out once in CSS px, then drawn at the pixel ratio.
 */
export function drawFigure(input: FigureInput): HTMLCanvasElement {
  const { map, text, key, colors, fonts, pixelRatio: ratio } = input;
  const mapWidth = map.width / ratio;
  const mapHeight = map.height / ratio;
  const width = Math.max(MIN_WIDTH, Math.round(mapWidth) + 2 * PAD);
  const inner = width - 2 * PAD;
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  const fontOf = (size: number, lang: Lang, bold = false) =>
    `${bold ? '700 ' : ''}${size}px ${lang === 'ur' ? fonts.urdu : fonts.latin}`;
  const measureIn = (font: string) => (s: string) => {
    probe.font = font;
    return probe.measureText(s).width;
  };

  // Blocks of text, top to bottom, each wrapped to the width.
  interface Block {
    readonly lines: string[];
    readonly font: string;
    readonly lang: Lang;
    readonly lineHeight: number;
    readonly color: string;
  }
  const block = (s: string, size: number, lang: Lang, color: string, bold = false): Block => {
    const font = fontOf(size, lang, bold);
    return { lines: wrapLines(s, inner, measureIn(font)), font, lang, lineHeight: size * LINE[lang], color };
  };
  const head = [
    block(text.title, SIZE.title, text.titleLang, colors.ink, true),
    block(text.subtitle, SIZE.subtitle, text.subtitleLang, colors.inkMuted),
    ...(text.caption ? [block(text.caption, SIZE.caption, text.lang, colors.ink)] : []),
  ];
  const foot = block(text.source, SIZE.source, text.lang, colors.inkMuted);
  // The key's labels are in the reader's language; its rows still run left to right, like the map.
  const keyFont = fontOf(SIZE.key, text.lang);
  const keyWidths = key.map((k) => SWATCH + 6 + measureIn(keyFont)(k.label));
  const spots = flowRows(keyWidths, inner, KEY_GAP);
  const keyRows = spots.length === 0 ? 0 : Math.max(...spots.map((s) => s.row)) + 1;
  const heightOf = (b: Block) => b.lines.length * b.lineHeight;
  const headHeight = head.reduce((h, b) => h + heightOf(b), 0);
  const mapTop = PAD + headHeight + GAP;
  const keyTop = mapTop + mapHeight + GAP + 4;
  const footTop = keyTop + keyRows * KEY_ROW + (keyRows > 0 ? GAP : 0);
  const height = Math.ceil(footTop + heightOf(foot) + PAD);

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = colors.paper;
  ctx.fillRect(0, 0, width, height);

  const drawBlock = (b: Block, top: number) => {
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    ctx.textBaseline = 'middle';
    // Urdu runs from the right edge, English from the left.
    ctx.direction = b.lang === 'ur' ? 'rtl' : 'ltr';
    ctx.textAlign = b.lang === 'ur' ? 'right' : 'left';
    b.lines.forEach((line, i) =>
      ctx.fillText(line, b.lang === 'ur' ? width - PAD : PAD, top + (i + 0.5) * b.lineHeight),
    );
    return top + heightOf(b);
  };
  let y = PAD;
  for (const b of head) y = drawBlock(b, y);

  // The map, centred, in a hairline frame.
  const mapLeft = (width - mapWidth) / 2;
  ctx.drawImage(map, mapLeft, mapTop, mapWidth, mapHeight);
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(mapLeft - 0.5, mapTop - 0.5, mapWidth + 1, mapHeight + 1);

  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  key.forEach((entry, i) => {
    const spot = spots[i];
    if (!spot) return;
    const x = PAD + spot.x;
    const cy = keyTop + spot.row * KEY_ROW + KEY_ROW / 2;
    ctx.save();
    if (entry.type === 'line') {
      ctx.strokeStyle = entry.color;
      ctx.lineWidth = 3;
      if (entry.dashed) ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + SWATCH, cy);
      ctx.stroke();
      // The kind's mark on the line, as on the map's arcs.
      if (entry.kind) {
        const size = 14;
        ctx.translate(x + (SWATCH - size) / 2, cy - size / 2);
        ctx.scale(size / MARK_BOX, size / MARK_BOX);
        ctx.fillStyle = entry.color;
        ctx.fill(new Path2D(KIND_MARK[entry.kind]), 'evenodd');
      }
    } else {
      ctx.fillStyle = entry.color;
      ctx.fillRect(x + 4, cy - 8, SWATCH - 8, 16);
      ctx.strokeStyle = entry.actor ? colors.actorOutline : colors.border;
      ctx.lineWidth = entry.actor ? 2 : 1;
      ctx.strokeRect(x + 4, cy - 8, SWATCH - 8, 16);
    }
    ctx.restore();
    ctx.font = keyFont;
    ctx.fillStyle = colors.ink;
    ctx.fillText(entry.label, x + SWATCH + 6, cy);
  });
  drawBlock(foot, footTop);
  return canvas;
}
