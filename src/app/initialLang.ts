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
  // Read as the address's parser reads it (parseUrlState: the first value, trimmed), so the page's
  // language and the view state's never differ; a unit test holds the two together.
  let asked: string | undefined;
  try {
    asked = new URLSearchParams(search).getAll('lang')[0]?.trim();
  } catch {
    asked = undefined;
  }
  if (asked !== undefined) return parseLang(asked) ?? 'en';
  return parseLang(readPreference(LANG_PREFERENCE)) ?? langFromBrowser(languages) ?? 'en';
}
