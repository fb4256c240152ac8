import { describe, expect, it } from 'vitest';
import { isLoadFailure } from '../../../src/lib/loadFailure.ts';

describe('isLoadFailure', () => {
  it('knows each browser’s words for a file of the app that could not be loaded', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/Table-abc.js',
      'Importing a module script failed.',
      'error loading dynamically imported module: http://x/a.js',
      'Unable to preload CSS for /assets/x.css',
    ]) {
      expect(isLoadFailure(new TypeError(message)), message).toBe(true);
    }
  });

  it('is not fooled by a failure of the code itself, or by what is no error', () => {
    expect(isLoadFailure(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isLoadFailure('Failed to fetch dynamically imported module')).toBe(false);
    expect(isLoadFailure(null)).toBe(false);
  });
});
