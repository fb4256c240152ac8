import { useEffect, useMemo } from 'react';
import { markDocument, type Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { LangContext } from '../i18n/useMessages.ts';
import type { Story } from '../story/types.ts';

/**
 * The view state's language as the page's: the messages every part reads (from the context, the
 * language's one source), and the document's title, `lang` and `dir`.
 */
export function usePageLanguage(story: Story, lang: Lang): LangContext {
  const messages = useMemo(() => ({ lang, t: messagesFor(lang) }), [lang]);
  useEffect(() => {
    document.title = messages.t.app.documentTitle(story.meta.title[lang]);
    markDocument(document.documentElement, lang);
  }, [story, lang, messages]);
  return messages;
}
