import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP, parseHostCommand } from '../../../src/embed/hostMessages.ts';

const catalog = { entities: new Set(['ALB', 'IRN', 'nato']), relations: new Set(['albania-severs-ties']), steps: 10 };

describe('parseHostCommand', () => {
  it('turns the host page’s commands into the reducer’s actions', () => {
    expect(parseHostCommand({ app: APP, type: 'go-to-step', step: 3 }, catalog)).toEqual({
      type: 'go-to-step',
      step: 2,
    });
    expect(parseHostCommand({ app: APP, type: 'select', kind: 'entity', id: 'IRN' }, catalog)).toEqual({
      type: 'select',
      selection: { kind: 'entity', id: 'IRN' },
    });
    expect(
      parseHostCommand({ app: APP, type: 'select', kind: 'relation', id: 'albania-severs-ties' }, catalog),
    ).toEqual({ type: 'select', selection: { kind: 'relation', id: 'albania-severs-ties' } });
    expect(parseHostCommand({ app: APP, type: 'select', kind: 'kind', id: 'cyberattack' }, catalog)).toEqual({
      type: 'select',
      selection: { kind: 'relation-kind', id: 'cyberattack' },
    });
    // A host page written before the kinds were split still selects what it meant.
    expect(parseHostCommand({ app: APP, type: 'select', kind: 'kind', id: 'attack' }, catalog)).toEqual({
      type: 'select',
      selection: { kind: 'relation-kind', id: 'cyberattack' },
    });
    expect(parseHostCommand({ app: APP, type: 'clear' }, catalog)).toEqual({ type: 'clear-selection' });
    expect(parseHostCommand({ app: APP, type: 'set-theme', theme: 'dark' }, catalog)).toEqual({
      type: 'set-theme',
      theme: 'dark',
    });
    expect(parseHostCommand({ app: APP, type: 'set-lang', lang: 'ur' }, catalog)).toEqual({
      type: 'set-lang',
      lang: 'ur',
    });
    expect(parseHostCommand({ app: APP, type: 'leave-story' }, catalog)).toEqual({ type: 'leave-story' });
  });

  it('ignores what is not ours or not valid: other apps, strings, wrong types, unknown ids, steps out of range', () => {
    for (const bad of [
      null,
      'go-to-step',
      JSON.stringify({ app: APP, type: 'clear' }),
      { type: 'clear' },
      { app: 'other', type: 'clear' },
      { app: APP, type: 'go-to-step', step: 0 },
      { app: APP, type: 'go-to-step', step: 11 },
      { app: APP, type: 'go-to-step', step: '3' },
      { app: APP, type: 'go-to-step', step: 2.5 },
      { app: APP, type: 'select', kind: 'entity', id: 'XXX' },
      { app: APP, type: 'select', kind: 'entity', id: '<img src=x onerror=alert(1)>' },
      { app: APP, type: 'select', kind: 'entity', id: 'A'.repeat(100_000) },
      { app: APP, type: 'select', kind: 'country', id: 'ALB' },
      { app: APP, type: 'select', kind: 'relation', id: 'ALB' },
      { app: APP, type: 'set-theme', theme: 'neon' },
      { app: APP, type: 'set-lang', lang: 'fr' },
      { app: APP, type: 'set-lang', lang: ['ur'] },
      { app: APP, type: 'set-lang', lang: 'ur'.padEnd(10_000, ' ') },
      { app: APP, type: 'eval', code: 'alert(1)' },
    ]) {
      expect(parseHostCommand(bad, catalog), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        parseHostCommand(v, catalog);
        parseHostCommand({ app: APP, type: 'select', kind: 'entity', id: v }, catalog);
      }),
    );
  });
});
