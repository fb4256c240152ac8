// Pure layout of the words around an exported map: lines of text wrapped to a width, and key
// entries flowed into rows. Widths come from a measuring function, so the tests need no canvas.

/** Breaks `text` into lines no wider than `width` (a word wider than the line gets a line of its
 * own rather than being cut). */
export function wrapLines(text: string, width: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Where an item of a flow goes: its row and its x offset in the row. */
export interface FlowSpot {
  readonly row: number;
  readonly x: number;
}

/** Places items of the given widths left to right with `gap` between them, starting a new row when
 * the next would pass `width`; an item wider than the row sits alone on its row. */
export function flowRows(widths: readonly number[], width: number, gap: number): FlowSpot[] {
  const spots: FlowSpot[] = [];
  let row = 0;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    spots.push({ row, x });
    x += w + gap;
  }
  return spots;
}
