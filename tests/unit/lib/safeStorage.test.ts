import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreference, writePreference } from '../../../src/lib/safeStorage.ts';

afterEach(() => vi.unstubAllGlobals());

describe('safeStorage', () => {
  it('remembers and reads back where storage is allowed', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
      },
    });
    expect(writePreference('k', 'dark')).toBe(true);
    expect(readPreference('k')).toBe('dark');
  });

  it('falls back to nothing, without throwing, where touching storage throws (a third-party frame)', () => {
    const blocked = {};
    Object.defineProperty(blocked, 'localStorage', {
      get() {
        throw new Error('SecurityError: The operation is insecure.');
      },
    });
    vi.stubGlobal('window', blocked);
    expect(readPreference('k')).toBeNull();
    expect(writePreference('k', 'dark')).toBe(false);
  });
});
