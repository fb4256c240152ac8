import { contextDateText, describeRelation } from './describe.ts';
import { entityIndex } from '../story/model.ts';
import type { CountryRole } from '../story/roles.ts';
import type { EntityId, Relation, Story } from '../story/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';

/** What a tooltip says: English (ours), the article's Urdu, and one line of detail. */
export interface TooltipText {
  readonly en: string;
  readonly ur: string;
  readonly detail: string;
}

/** The lines of the article a relation rests on, in order of evidence, each once. */
export function evidenceLineNumbers(story: Story, r: Relation): number[] {
  return [...new Set(r.evidence.map((pid) => story.passages.find((p) => p.id === pid)?.line))].filter(
    (l) => l !== undefined,
  );
}

/** The lines of the article a relation rests on, as "1, 3" (in Urdu digits for Urdu). */
export function evidenceLines(story: Story, r: Relation, lang: Lang = 'en'): string {
  const t = messagesFor(lang);
  return evidenceLineNumbers(story, r)
    .map(t.number)
    .join(lang === 'en' ? ', ' : '، ');
}

/** The tooltip of an arc: who does what to whom, stated or alleged, when, and its evidence lines.
 * A date we add is said to be context, never passed off as the article's. */
export function relationTooltip(story: Story, r: Relation, lang: Lang = 'en'): TooltipText {
  const d = describeRelation(story, r);
  const t = messagesFor(lang).relation;
  const articleDate = lang === 'en' ? d.dateEn : d.dateUr;
  const when = articleDate
    ? ` · ${articleDate}`
    : r.contextDate
      ? ` · ${contextDateText(r.contextDate, lang)} (${t.contextShort})`
      : '';
  return {
    en: d.en,
    ur: d.ur,
    detail: `${d.certainty === 'alleged' ? t.Alleged : t.Stated}${when} · ${messagesFor(lang).map.evidenceLines(evidenceLines(story, r, lang))}`,
  };
}

/** The tooltip of a country or actor: its names, its role, and how many of its relations are shown. */
export function entityTooltip(
  story: Story,
  id: EntityId,
  role: CountryRole | undefined,
  visible: readonly Relation[],
  lang: Lang = 'en',
): TooltipText | null {
  const e = entityIndex(story).get(id);
  if (!e) return null;
  const n = visible.filter((r) => r.source === id || r.target === id).length;
  return {
    en: e.names.en,
    ur: e.names.ur,
    detail: `${role ? `${role.label[lang]} · ` : ''}${messagesFor(lang).map.relationsShown(n)}`,
  };
}

/** The accessible name of a map node: "Albania (البانیہ), Accuser, attacked in July", or for an
 * actor, what it is and that it is not a place. */
export function nodeDescription(story: Story, id: EntityId, role: CountryRole | undefined, lang: Lang = 'en'): string {
  const e = entityIndex(story).get(id);
  if (!e) return id;
  // The reader's language first; the other name after it, so both forms are heard.
  const [first, second] = lang === 'en' ? [e.names.en, e.names.ur] : [e.names.ur, e.names.en];
  const comma = lang === 'en' ? ',' : '،';
  return role
    ? `${first} (${second})${comma} ${role.label[lang]}`
    : `${first} (${second})${comma} ${messagesFor(lang).map.notAPlace(e.type)}`;
}
