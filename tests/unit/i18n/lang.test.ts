import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langAttributes, parseLang } from '../../../src/i18n/lang.ts';

describe('parseLang', () => {
  it('knows en and ur, in any case and with surrounding space', () => {
    expect(parseLang('ur')).toBe('ur');
    expect(parseLang(' EN ')).toBe('en');
  });

  it('gives null for anything else, and never throws', () => {
    for (const bad of ['fr', 'urdu', '', 'u r', null, 42, ['ur'], { lang: 'ur' }]) expect(parseLang(bad)).toBeNull();
    fc.assert(fc.property(fc.anything(), (v) => {
      expect([null, 'en', 'ur']).toContain(parseLang(v));
    }));
  });
});

describe('langAttributes', () => {
  it('sets Urdu right to left and English left to right', () => {
    expect(langAttributes('ur')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(langAttributes('en')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
