import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { readPreference } from '../lib/safeStorage.ts';
import type { RelationCatalog, ViewState } from '../state/viewState.ts';
import type { Story } from '../story/types.ts';
import { parseTheme } from '../theme/palette.ts';
import { parseUrlState, urlCatalog } from '../url/urlState.ts';

/** Where the reader's chosen theme is remembered (localStorage, when the browser allows it). */
export const THEME_PREFERENCE = 'urdu-story-map:theme';

/** Whether a query string names a parameter; a malformed one names none. */
function hasParam(search: string, key: string): boolean {
  try {
    return new URLSearchParams(search).has(key);
  } catch {
    return false;
  }
}

/**
 * The view a page opens on: what its address asks for, in the page's language (decided once, by
 * initialLang), with what the address got wrong said in a notice in that language. The address wins;
 * without `theme` in it, the theme the reader last chose here, where the browser lets us remember it
 * (a third-party frame may not: then the default).
 */
export function startState(
  story: Story,
  catalog: RelationCatalog,
  search: string,
  lang: Lang,
  earlierNotice: string | null,
): ViewState {
  const { state } = parseUrlState(search, urlCatalog(story, catalog), messagesFor(lang));
  const notice = [earlierNotice, state.notice].filter((n) => n !== null).join(' ');
  const remembered = hasParam(search, 'theme') ? null : parseTheme(readPreference(THEME_PREFERENCE));
  return { ...state, theme: remembered ?? state.theme, lang, notice: notice === '' ? null : notice };
}
