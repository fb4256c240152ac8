import { langFromBrowser, parseLang, type Lang } from '../i18n/lang.ts';
import { readPreference } from '../lib/safeStorage.ts';

/** The browser's preferred languages; none where there is no navigator (Node before 21, a worker). */
function browserLanguages(): readonly string[] | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.languages;
}

/** Where the reader's chosen language is remembered (localStorage, when the browser allows it). */
export const LANG_PREFERENCE = 'urdu-story-map:lang';

/** The language a page opens in: the address's `lang` when it is a language we speak, else the one
 * the reader last chose here (where storage is allowed), else the browser's, else English. A bad
 * `lang=` in the address is said in the notice, so it does not fall through to the others. */
export function initialLang(search: string, languages: readonly unknown[] | undefined = browserLanguages()): Lang {
  let asked: string | null;
  try {
    asked = new URLSearchParams(search).get('lang');
  } catch {
    asked = null;
  }
  if (asked !== null) return parseLang(asked) ?? 'en';
  return parseLang(readPreference(LANG_PREFERENCE)) ?? langFromBrowser(languages) ?? 'en';
}
