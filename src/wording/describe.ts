import { entityIndex } from '../story/model.ts';
import { typeLabel } from './relationWords.ts';
import type { ContextDate, EntityId, Relation, Story } from '../story/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';

/** A relation in words, in English (ours) and in the article's own Urdu. */
export interface RelationText {
  /** "Albania → Iran: severs diplomatic ties". */
  readonly en: string;
  /** "البانیہ ← ایران: …" with the article's own wording of the act. */
  readonly ur: string;
  readonly certainty: 'stated' | 'alleged';
  /** Article dates in English, e.g. "15 July; about two months earlier". Empty if none. */
  readonly dateEn: string;
  /** The same dates as the article words them. */
  readonly dateUr: string;
}

/** The names of an entity for a sentence; its id if unknown (never throws into the UI). */
export function namesOf(story: Story, id: EntityId): { ur: string; en: string } {
  return entityIndex(story).get(id)?.names ?? { ur: id, en: id };
}

/** The text with its first letter in capitals ("a notorious group" at the start of a line). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Describes a relation for tooltips, handles and panel headings. */
export function describeRelation(story: Story, r: Relation): RelationText {
  const s = namesOf(story, r.source);
  const t = namesOf(story, r.target);
  const wording = story.article.slice(r.wording.start, r.wording.end);
  return {
    en: `${capitalise(s.en)} → ${t.en}: ${typeLabel(story, r.type).toLowerCase()}`,
    // In right-to-left text the arrow that reads "from the first to the second" points left.
    ur: `${s.ur} ← ${t.ur}: ${wording}`,
    certainty: r.alleged ? 'alleged' : 'stated',
    dateEn: r.dates.map((d) => d.en).join('; '),
    dateUr: r.dates.map((d) => story.article.slice(d.start, d.end)).join('، '),
  };
}

/** One line for screen readers and keyboard handles: "Albania → Iran: severs diplomatic ties (stated)",
 * or in Urdu with the article's own words and dates. */
export function relationLabel(story: Story, r: Relation, lang: Lang = 'en'): string {
  const d = describeRelation(story, r);
  const date = lang === 'en' ? d.dateEn : d.dateUr;
  return `${d[lang]} (${messagesFor(lang).relation[d.certainty]}${date ? `${lang === 'en' ? ',' : '،'} ${date}` : ''})`;
}

/** One of our notes (why a date, why a place, why an end is implied) in the reader's language: the
 * package's Urdu where it gives one, else its English, with the language to mark it with. */
export function noteIn(
  note: { readonly why: string; readonly whyUr?: string | undefined },
  lang: Lang,
): { readonly text: string; readonly lang: Lang } {
  return lang === 'ur' && note.whyUr !== undefined ? { text: note.whyUr, lang: 'ur' } : { text: note.why, lang: 'en' };
}

/** A date from outside the article (context), in the reader's language where the package gives it. */
export function contextDateText(date: ContextDate, lang: Lang): string {
  return lang === 'ur' ? (date.ur ?? date.en) : date.en;
}

/** A name in the reader's language: "Iran" or "ایران". */
export function nameIn(story: Story, id: EntityId, lang: Lang): string {
  const names = namesOf(story, id);
  return lang === 'en' ? names.en : names.ur;
}
