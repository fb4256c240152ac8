import { useMemo, type Dispatch } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { writePreference } from '../lib/safeStorage.ts';
import type { ViewAction } from '../state/viewState.ts';
import type { ThemeName } from '../theme/palette.ts';
import { LANG_PREFERENCE } from './initialLang.ts';
import { THEME_PREFERENCE } from './startState.ts';

/** The reader's choice of language and theme: applied, and remembered here where the browser allows. */
export function usePreferences(dispatch: Dispatch<ViewAction>) {
  return useMemo(
    () => ({
      setLang: (lang: Lang) => {
        dispatch({ type: 'set-lang', lang });
        writePreference(LANG_PREFERENCE, lang);
      },
      setTheme: (theme: ThemeName) => {
        dispatch({ type: 'set-theme', theme });
        writePreference(THEME_PREFERENCE, theme);
      },
    }),
    [dispatch],
  );
}
