import { describe, expect, it } from 'vitest';
import { KIND_MARK, MARK_BOX } from '../../../src/arcs/kindMarks.ts';
import { RELATION_KINDS } from '../../../src/story/vocabulary.ts';

/** The numbers of a path's coordinates, as x, y pairs (our marks use only M, L, H, V, A and Z). */
function points(d: string): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, cmd = '', args = ''] of d.matchAll(/([MLHVAZ])([^MLHVAZ]*)/gu)) {
    const n =
      args.trim() === ''
        ? []
        : args
            .trim()
            .split(/[\s,]+/u)
            .map(Number);
    if (cmd === 'M' || cmd === 'L') {
      for (let i = 0; i + 1 < n.length; i += 2) {
        xs.push(n[i] ?? NaN);
        ys.push(n[i + 1] ?? NaN);
      }
    } else if (cmd === 'H') xs.push(...n);
    else if (cmd === 'V') ys.push(...n);
    else if (cmd === 'A') {
      xs.push(n[5] ?? NaN);
      ys.push(n[6] ?? NaN);
    }
  }
  return { xs, ys };
}

describe('KIND_MARK: colour is never the only thing that tells the kinds of relation apart', () => {
  it('gives every kind a mark of its own', () => {
    const marks = RELATION_KINDS.map((k) => KIND_MARK[k]);
    expect(new Set(marks).size).toBe(RELATION_KINDS.length);
  });

  it('keeps every mark inside its box, pointing east (its tip at the right edge), centred on the line', () => {
    for (const kind of RELATION_KINDS) {
      const { xs, ys } = points(KIND_MARK[kind]);
      expect(
        xs.every((x) => Number.isFinite(x) && x >= 0 && x <= MARK_BOX),
        kind,
      ).toBe(true);
      expect(
        ys.every((y) => Number.isFinite(y) && y >= 0 && y <= MARK_BOX),
        kind,
      ).toBe(true);
      expect(Math.max(...xs), kind).toBeGreaterThanOrEqual(MARK_BOX - 4);
      // The tip is on the line's axis, so the mark sits on the arc, not beside it.
      const tip = xs.indexOf(Math.max(...xs));
      expect(ys[tip], kind).toBe(MARK_BOX / 2);
    }
  });
});
