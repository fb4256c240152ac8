import { describe, expect, it } from 'vitest';
import { deltaE2000, labOf } from './ciede2000.ts';
import { mapPalette } from '../../../src/theme/palette.ts';
import { RELATION_KINDS } from '../../../src/story/vocabulary.ts';

/** The least difference, in ΔE00, between two kinds' colours, with the pair. */
function closestPair(colours: Readonly<Record<string, string>>): { de: number; pair: string } {
  let best = { de: Infinity, pair: '' };
  for (const [i, a] of RELATION_KINDS.entries()) {
    for (const b of RELATION_KINDS.slice(i + 1)) {
      const de = deltaE2000(labOf(colours[a] ?? ''), labOf(colours[b] ?? ''));
      if (de < best.de) best = { de, pair: `${a}/${b}` };
    }
  }
  return best;
}

describe('deltaE2000', () => {
  it('agrees with Sharma, Wu and Dalal’s published test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(deltaE2000([22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619])).toBeCloseTo(2.0373, 4);
  });
});

describe('relation kind colours', () => {
  it('keeps any two of the fifteen kinds at least 12 ΔE00 apart, in the light and the dark theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { de, pair } = closestPair(mapPalette(theme).kinds);
      expect(de, `${theme}: ${pair}`).toBeGreaterThanOrEqual(12);
    }
  });
});
