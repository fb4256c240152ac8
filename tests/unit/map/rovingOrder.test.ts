import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRovingKey } from '../../../src/map/rovingOrder.ts';

const ORDER = ['node:ALB', 'node:IRN', 'node:USA', 'edge:a', 'edge:b'];

describe('nextRovingKey: the map as one tab stop, arrows through its places then its relations', () => {
  it('→ and ↓ move on, ← and ↑ move back, wrapping round at either end', () => {
    expect(nextRovingKey(ORDER, 'node:ALB', 'ArrowRight', 'ltr')).toBe('node:IRN');
    expect(nextRovingKey(ORDER, 'node:ALB', 'ArrowDown', 'ltr')).toBe('node:IRN');
    expect(nextRovingKey(ORDER, 'node:IRN', 'ArrowLeft', 'ltr')).toBe('node:ALB');
    expect(nextRovingKey(ORDER, 'node:ALB', 'ArrowUp', 'ltr')).toBe('edge:b');
    expect(nextRovingKey(ORDER, 'edge:b', 'ArrowRight', 'ltr')).toBe('node:ALB');
  });

  it('in a right-to-left page ← moves on and → back; ↓ still moves on', () => {
    expect(nextRovingKey(ORDER, 'node:ALB', 'ArrowLeft', 'rtl')).toBe('node:IRN');
    expect(nextRovingKey(ORDER, 'node:IRN', 'ArrowRight', 'rtl')).toBe('node:ALB');
    expect(nextRovingKey(ORDER, 'node:ALB', 'ArrowDown', 'rtl')).toBe('node:IRN');
  });

  it('Home and End go to the first and the last; other keys do not move', () => {
    expect(nextRovingKey(ORDER, 'node:USA', 'Home', 'ltr')).toBe('node:ALB');
    expect(nextRovingKey(ORDER, 'node:USA', 'End', 'ltr')).toBe('edge:b');
    expect(nextRovingKey(ORDER, 'node:USA', 'Enter', 'ltr')).toBeNull();
    expect(nextRovingKey(ORDER, 'node:USA', 'a', 'ltr')).toBeNull();
  });

  it('skips what has nothing on screen to focus, and says null when nothing has', () => {
    const onScreen = (k: string) => k !== 'node:USA';
    expect(nextRovingKey(ORDER, 'node:IRN', 'ArrowRight', 'ltr', onScreen)).toBe('edge:a');
    expect(nextRovingKey(ORDER, 'node:IRN', 'ArrowRight', 'ltr', () => false)).toBeNull();
  });

  it('from any item, n presses of → visit every item once and come back (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (order, start) => {
          const first = order[start % order.length] ?? null;
          const seen = new Set<string>();
          let at = first;
          for (let i = 0; i < order.length; i++) {
            at = nextRovingKey(order, at, 'ArrowRight', 'ltr');
            if (at !== null) seen.add(at);
          }
          expect(seen.size).toBe(order.length);
          expect(at).toBe(first);
        },
      ),
    );
  });
});
