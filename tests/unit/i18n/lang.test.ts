import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialLang } from '../../../src/app/initialLang.ts';
import { langAttributes, langFromBrowser, parseLang } from '../../../src/i18n/lang.ts';

describe('parseLang', () => {
  it('knows en and ur, in any case and with surrounding space', () => {
    expect(parseLang('ur')).toBe('ur');
    expect(parseLang(' EN ')).toBe('en');
  });

  it('gives null for anything else, and never throws', () => {
    for (const bad of ['fr', 'urdu', '', 'u r', null, 42, ['ur'], { lang: 'ur' }]) expect(parseLang(bad)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect([null, 'en', 'ur']).toContain(parseLang(v));
      }),
    );
  });
});

describe('langAttributes', () => {
  it('sets Urdu right to left and English left to right', () => {
    expect(langAttributes('ur')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(langAttributes('en')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('langFromBrowser', () => {
  it('takes the first of the browser’s languages that we speak, by its primary subtag', () => {
    expect(langFromBrowser(['ur-PK', 'en-GB'])).toBe('ur');
    expect(langFromBrowser(['fr-FR', 'en-US', 'ur'])).toBe('en');
    expect(langFromBrowser(['de', 'fr'])).toBeNull();
    expect(langFromBrowser(undefined)).toBeNull();
  });

  it('never throws, whatever the list holds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (list) => {
        expect([null, 'en', 'ur']).toContain(langFromBrowser(list));
      }),
    );
  });
});

describe('initialLang: the address, else the reader’s choice, else the browser’s, else English', () => {
  it('follows ?lang, and the browser’s language without it', () => {
    expect(initialLang('?lang=ur', ['en-US'])).toBe('ur');
    expect(initialLang('?lang=en', ['ur-PK'])).toBe('en');
    expect(initialLang('', ['ur-PK', 'en'])).toBe('ur');
    expect(initialLang('', ['fr'])).toBe('en');
  });

  it('opens in English on a bad ?lang (the notice says it was ignored) rather than guessing', () => {
    expect(initialLang('?lang=urdu', ['ur-PK'])).toBe('en');
  });

  it('gives en or ur for any address and any browser list, and never throws (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (lang, languages) => {
        expect(['en', 'ur']).toContain(initialLang(`?lang=${encodeURIComponent(lang)}`, languages));
        expect(['en', 'ur']).toContain(initialLang(`?${lang}`, languages));
      }),
    );
  });
});
