import { describe, expect, it } from 'vitest';
import { isPymWidth, pymChildId, pymHeightMessage } from '../../../src/embed/pymMessages.ts';

describe('pym.js messages', () => {
  it('reads the id pym’s parent puts in the frame’s address, and refuses anything else', () => {
    expect(pymChildId('?embed=1&initialWidth=400&childId=map-1&parentTitle=x')).toBe('map-1');
    expect(pymChildId('?embed=1')).toBeNull();
    expect(pymChildId('?childId=<script>')).toBeNull();
    expect(pymChildId('?childId=a.b')).toBeNull();
    expect(pymChildId('?%%%')).toBeNull();
  });

  it('tells the parent the height in pym’s own string, whole pixels', () => {
    expect(pymHeightMessage('map-1', 480.2)).toBe('pymxPYMxmap-1xPYMxheightxPYMx481');
  });

  it('hears the parent’s width for this frame only', () => {
    expect(isPymWidth('pymxPYMxmap-1xPYMxwidthxPYMx400', 'map-1')).toBe(true);
    expect(isPymWidth('pymxPYMxother-2xPYMxwidthxPYMx400', 'map-1')).toBe(false);
    expect(isPymWidth('pymxPYMxmap-1xPYMxheightxPYMx400', 'map-1')).toBe(false);
    expect(isPymWidth({ sentinel: 'amp' }, 'map-1')).toBe(false);
    expect(isPymWidth(`pymxPYMxmap-1xPYMxwidthxPYMx${'9'.repeat(300)}`, 'map-1')).toBe(false);
  });
});
