import { describe, expect, it } from 'vitest';
import { BREAKPOINT, THEME, themeCss, tokenProperty, type Theme } from '../../../src/theme/tokens.ts';

/** The declarations of the one rule themeCss writes, in order. */
function declarations(css: string): { name: string; value: string }[] {
  const body = /^\.app \{\n([\s\S]*)\n\}\n$/u.exec(css)?.[1];
  if (body === undefined) throw new Error(`not one rule on .app:\n${css}`);
  return body.split('\n').map((line) => {
    const m = /^ {2}(--[^:\s]+): (.+);$/u.exec(line);
    if (!m?.[1] || m[2] === undefined) throw new Error(`not a declaration: ${line}`);
    return { name: m[1], value: m[2] };
  });
}

const tokens = Object.entries(THEME).flatMap(([group, values]) =>
  Object.entries(values).map(([name, value]) => ({ group, name, value })),
);

describe('themeCss', () => {
  const declared = declarations(themeCss());

  it('declares every token exactly once, on the .app root', () => {
    expect(declared).toHaveLength(tokens.length);
    const names = declared.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of tokens) expect(names.filter((n) => n === tokenProperty(t.group, t.name))).toHaveLength(1);
  });

  it('gives each token a valid custom-property name: --group-name, lower case', () => {
    for (const { name } of declared) expect(name).toMatch(/^--[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/u);
    expect(tokenProperty('color', 'inkMuted')).toBe('--color-ink-muted');
    expect(tokenProperty('fontSize', 'note')).toBe('--font-size-note');
    expect(tokenProperty('kind', 'rupture')).toBe('--kind-rupture');
    expect(tokenProperty('space', '2')).toBe('--space-2');
  });

  it("gives each custom property its token's value", () => {
    const byName = new Map(declared.map((d) => [d.name, d.value]));
    for (const t of tokens) expect(byName.get(tokenProperty(t.group, t.name))).toBe(t.value);
  });

  it('writes no value that could end the declaration or the rule early', () => {
    for (const t of tokens) expect(t.value).not.toMatch(/[;{}\n]/u);
  });

  it('works for any theme and selector', () => {
    const theme: Theme = { color: { ink: 'black', paperWhite: 'white' }, lineHeight: { urdu: '2' } };
    expect(themeCss(theme, '.x')).toBe(
      '.x {\n  --color-ink: black;\n  --color-paper-white: white;\n  --line-height-urdu: 2;\n}\n',
    );
  });
});

describe('tokens', () => {
  it('has a valid CSS value for every colour token', () => {
    const colour = /^(#(?:[0-9a-f]{3}|[0-9a-f]{6})|rgb\(\d+ \d+ \d+ \/ [\d.]+\))$/iu;
    for (const group of [THEME.color, THEME.kind, THEME.role, THEME.map]) {
      for (const value of Object.values(group)) expect(value).toMatch(colour);
    }
  });

  it('turns labels compact only on a map narrower than the narrow layout', () => {
    expect(BREAKPOINT.compactLabels).toBeLessThan(BREAKPOINT.narrow);
  });
});
