// The interface's words by language: one typed table each (en.ts, ur.ts), chosen by the reader's
// language. Pure: modules without React (the story's sentences, the export) read it through `lang`.
import type { Lang } from './lang.ts';
import { en, type Messages } from './en.ts';
import { ur } from './ur.ts';

export type { Messages };

const TABLES: Readonly<Record<Lang, Messages>> = { en, ur };

/** The interface's words in a language. */
export function messagesFor(lang: Lang): Messages {
  return TABLES[lang];
}
