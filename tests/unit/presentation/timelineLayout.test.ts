import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALBANIA as STORY } from '../stories.ts';
import { dodge, timelineDomain, timelinePoints } from '../../../src/presentation/timelineLayout.ts';

describe('timelinePoints', () => {
  const points = timelinePoints(STORY);

  it('places the dated steps at their calendar dates, in the article’s own words where it has them', () => {
    const attack = points.find((p) => STORY.steps[p.step]?.id === 'attack');
    expect(attack?.date.toISOString().slice(0, 10)).toBe('2022-07-15');
    expect(attack?.article).toEqual({ ur: 'پندرہ جولائی', en: '15 July' });
    expect(attack?.calendar).toBe('15 July 2022');
    const mandiant = points.find((p) => STORY.steps[p.step]?.id === 'mandiant');
    expect(mandiant).toMatchObject({ monthOnly: true, calendar: 'August 2022', article: { en: 'last month' } });
    // A step the article gives no date for is placed by context alone, and says so.
    expect(points.find((p) => STORY.steps[p.step]?.id === 'cut-ties')?.article).toBeNull();
  });

  it('every article phrase on the timeline is a slice of the article', () => {
    for (const p of points) if (p.article) expect(STORY.article).toContain(p.article.ur);
  });

  it('the domain holds every point, with air on both sides', () => {
    const [from, to] = timelineDomain(points) ?? [new Date(0), new Date(0)];
    for (const p of points) {
      expect(p.date.getTime()).toBeGreaterThan(from.getTime());
      expect(p.date.getTime()).toBeLessThan(to.getTime());
    }
    expect(timelineDomain([])).toBeNull();
  });
});

describe('dodge', () => {
  it('leaves markers that are apart where they are', () => {
    expect(dodge([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });

  it('spreads markers of the same day side by side, centred on it, in input order', () => {
    expect(dodge([50, 50, 50], 20, 0, 100)).toEqual([30, 50, 70]);
  });

  it('keeps markers within the line, next to its end', () => {
    const out = dodge([98, 98, 98], 20, 0, 100);
    expect(out).toEqual([60, 80, 100]);
  });

  it('never leaves two markers closer than the gap, keeps their order, and stays in bounds when there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { maxLength: 12 }), (xs) => {
        const out = dodge(xs, 20, 0, 400);
        const sorted = xs.map((x, i) => ({ x, i, y: out[i] ?? 0 })).sort((a, b) => a.x - b.x || a.i - b.i);
        for (let k = 1; k < sorted.length; k++)
          expect((sorted[k]?.y ?? 0) - (sorted[k - 1]?.y ?? 0)).toBeGreaterThanOrEqual(20 - 1e-6);
        for (const y of out) {
          expect(y).toBeGreaterThanOrEqual(-1e-6);
          expect(y).toBeLessThanOrEqual(400 + 1e-6);
        }
      }),
    );
  });
});
