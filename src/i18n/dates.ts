// Calendar dates in the reader's language: "15 July 2022" in English, "۱۵ جولائی، ۲۰۲۲" in Urdu. Every
// date is a UTC day (the stories' dates carry no time), so the reader's time zone never moves it.
import type { Lang } from './lang.ts';

const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-GB', ur: 'ur-PK-u-nu-arabext' };

const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const SHORT_MONTH = { month: 'short', timeZone: 'UTC' } as const;
const DAY_MONTH = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;

// Made once per form and language: a new Intl.DateTimeFormat costs about a millisecond, and the
// timeline formats every step's date on each step it renders. Keyed by the form's own object above.
const formats = new Map<Intl.DateTimeFormatOptions, Map<Lang, Intl.DateTimeFormat>>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const byLang = formats.get(options) ?? new Map<Lang, Intl.DateTimeFormat>();
  formats.set(options, byLang);
  const format = byLang.get(lang) ?? new Intl.DateTimeFormat(LOCALE[lang], options);
  byLang.set(lang, format);
  return format;
}

/** A calendar date, or only its month and year where only the month is known. */
export function formatCalendar(date: Date, monthOnly: boolean, lang: Lang): string {
  return formatter(lang, monthOnly ? MONTH : DAY).format(date);
}

/** A time axis's tick, as d3's own does it: the month's name on the first of a month ("جولائی"), else
 * the day and the month ("۱۵ جولائی"). */
export function formatAxisTick(date: Date, lang: Lang): string {
  return formatter(lang, date.getUTCDate() === 1 ? SHORT_MONTH : DAY_MONTH).format(date);
}
