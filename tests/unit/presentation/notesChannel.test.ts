import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesChannelName, parseNotesMessage } from '../../../src/presentation/notesChannel.ts';

describe('parseNotesMessage', () => {
  it('reads the three messages the windows send', () => {
    expect(parseNotesMessage({ type: 'step', step: 3 })).toEqual({ type: 'step', step: 3 });
    expect(parseNotesMessage({ type: 'step', step: null })).toEqual({ type: 'step', step: null });
    expect(parseNotesMessage({ type: 'go', step: 0 })).toEqual({ type: 'go', step: 0 });
    expect(parseNotesMessage({ type: 'hello', extra: '<script>' })).toEqual({ type: 'hello' });
  });

  it('ignores anything else: wrong types, steps that are not whole, negative or huge, strings, null', () => {
    for (const bad of [
      null,
      undefined,
      'step',
      42,
      [],
      { type: 'go' },
      { type: 'go', step: -1 },
      { type: 'go', step: 1.5 },
      { type: 'go', step: '2' },
      { type: 'go', step: 1e9 },
      { type: 'step', step: Number.NaN },
      { type: 'eval', code: 'x' },
    ]) {
      expect(parseNotesMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const m = parseNotesMessage(v);
        expect(m === null || ['step', 'go', 'hello'].includes(m.type)).toBe(true);
      }),
    );
  });

  it('gives each story its own channel', () => {
    expect(notesChannelName('a')).not.toBe(notesChannelName('b'));
  });
});
