import { createContext, use } from 'react';
import type { Lang } from './lang.ts';
import { messagesFor, type Messages } from './messages.ts';

/** The reader's language and the interface's words in it. */
export interface LangContext {
  readonly lang: Lang;
  readonly t: Messages;
}

/** Provided once, by the app, from the view state's `lang`; English until then. */
export const MessagesContext = createContext<LangContext>({ lang: 'en', t: messagesFor('en') });

/** The reader's language and the interface's words in it, for a view. */
export function useMessages(): LangContext {
  return use(MessagesContext);
}
