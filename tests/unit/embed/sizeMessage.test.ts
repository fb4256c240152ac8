import { describe, expect, it } from 'vitest';
import { isFramesInit, sizeMessage } from '../../../src/embed/sizeMessage.ts';

describe('sizeMessage', () => {
  it('is the AMP convention’s object that host libraries read, not a JSON string', () => {
    expect(sizeMessage(512)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 512 });
  });

  it('rounds up, so the frame never clips the last line, and never goes below zero', () => {
    expect(sizeMessage(480.2).height).toBe(481);
    expect(sizeMessage(-5).height).toBe(0);
  });
});

describe('isFramesInit', () => {
  it('knows the host library’s hello, and nothing else', () => {
    expect(isFramesInit({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
    for (const other of [
      null,
      'frames-init',
      JSON.stringify({ sentinel: 'amp', type: 'frames-init' }),
      { sentinel: 'amp', type: 'embed-size', height: 3 },
      { type: 'frames-init' },
    ]) {
      expect(isFramesInit(other)).toBe(false);
    }
  });
});
