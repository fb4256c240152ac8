import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '../../../src/app/lazyPart.ts';

describe('failedModuleUrl', () => {
  it('reads the file a failed dynamic import names, as Chromium and Firefox word it, without its query', () => {
    expect(
      failedModuleUrl(
        new TypeError(
          'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/RelationsTable-B8hE6sjZ.js',
        ),
      ),
    ).toBe('http://127.0.0.1:4173/assets/RelationsTable-B8hE6sjZ.js');
    expect(
      failedModuleUrl(
        new TypeError(
          'error loading dynamically imported module: https://example.org/map/assets/ShareDialog-x.js?retry=2',
        ),
      ),
    ).toBe('https://example.org/map/assets/ShareDialog-x.js');
  });

  it('names none where the browser does not (Safari), or for another error', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl(new Error('x is not a function'))).toBeUndefined();
    expect(failedModuleUrl('plain')).toBeUndefined();
  });
});
