import { messagesFor } from '../i18n/messages.ts';

/** The app's one-line description under every story's title, in English (the page shell in
 * index.html carries it before the app runs; the app then says it in the reader's language). */
export const TAGLINE = messagesFor('en').app.tagline;
