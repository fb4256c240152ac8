// The reader's language. The story package supplies its own texts (title, summary, source, steps)
// in both; the article's quotes are Urdu whatever the choice, and our glosses English.

/** The two languages a story speaks. */
export type Lang = 'en' | 'ur';

/** A text the story package gives in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly ur: string;
}

/** A language from outside (the address, a host page's message, storage): the language if it is
 * one (any case, surrounding space ignored), else null. */
export function parseLang(value: unknown): Lang | null {
  if (typeof value !== 'string' || value.length > 16) return null;
  const v = value.trim().toLowerCase();
  return v === 'en' || v === 'ur' ? v : null;
}

/** The HTML attributes text in a language needs: Urdu is marked and set right to left, so the
 * browser shapes and orders it and screen readers switch voice. */
export function langAttributes(lang: Lang): { readonly lang: Lang; readonly dir: 'ltr' | 'rtl' } {
  return { lang, dir: lang === 'ur' ? 'rtl' : 'ltr' };
}

/** The first of the browser's preferred languages (`navigator.languages`) that we speak, by its
 * primary subtag ("ur-PK" is Urdu, "en-GB" English); null when none is, or the list is odd. */
export function langFromBrowser(languages: readonly unknown[] | undefined): Lang | null {
  for (const tag of languages ?? []) {
    if (typeof tag !== 'string') continue;
    const lang = parseLang(tag.split('-')[0]);
    if (lang) return lang;
  }
  return null;
}

/** Marks the whole page with the reader's language: `<html lang dir>` mirrors the layout for Urdu
 * (every style uses logical properties, so start and end follow it). */
export function markDocument(root: HTMLElement, lang: Lang): void {
  const { lang: code, dir } = langAttributes(lang);
  root.lang = code;
  root.dir = dir;
}
