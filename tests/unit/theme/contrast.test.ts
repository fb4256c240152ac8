import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { COLOR, DARK_THEME } from '../../../src/theme/tokens.ts';
import { mapPalette } from '../../../src/theme/palette.ts';

const THEMES = {
  light: COLOR,
  dark: { ...COLOR, ...DARK_THEME.color },
} as const;

// Text on the grounds it is set on, as the stylesheets pair them.
const TEXT_PAIRS: readonly (readonly [keyof typeof COLOR, keyof typeof COLOR, string])[] = [
  ['ink', 'paper', 'body text'],
  ['ink', 'panel', 'panel text'],
  ['ink', 'quote', 'a quote'],
  ['ink', 'selection', 'the chosen sentence'],
  ['ink', 'mark', 'a highlighted mention'],
  ['ink', 'noticeBackground', 'a notice'],
  ['inkMuted', 'panel', 'captions, kickers, glosses’ labels'],
  ['inkMuted', 'paper', 'muted text on the page'],
  ['inkMuted', 'quote', 'a quote’s caption'],
  ['accent', 'panel', 'titles, links, buttons'],
  ['inkOnDark', 'accent', 'text on the accent (Next, Tell the story)'],
  ['inkOnDark', 'ink', 'the map’s tooltip'],
];

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, whatever the order', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f3a4d', '#1f3a4d')).toBe(1);
  });

  it('refuses what is not a hex colour, rather than guessing', () => {
    expect(() => contrastRatio('rgb(0 0 0)', '#fff')).toThrow();
  });
});

describe.each(Object.entries(THEMES))('the %s theme', (_, color) => {
  it.each(TEXT_PAIRS)('%s on %s (%s) meets WCAG AA for text (4.5:1)', (fg, bg) => {
    expect(contrastRatio(color[fg], color[bg])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the map’s land and sea', () => {
  it.each(['light', 'dark'] as const)(
    'are at least 1.5:1 apart in the %s theme, so a projector still tells them apart',
    (theme) => {
      const { base } = mapPalette(theme);
      expect(contrastRatio(base.land, base.sea)).toBeGreaterThanOrEqual(1.5);
    },
  );
});
