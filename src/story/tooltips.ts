import { describeRelation } from './describe.ts';
import { entityIndex } from './model.ts';
import type { CountryRole } from './roles.ts';
import type { EntityId, Relation, Story } from './types.ts';

/** What a tooltip says: English (ours), the article's Urdu, and one line of detail. */
export interface TooltipText {
  readonly en: string;
  readonly ur: string;
  readonly detail: string;
}

/** The lines of the article a relation rests on, as "line 1, 3". */
export function evidenceLines(story: Story, r: Relation): string {
  const lines = [...new Set(r.evidence.map((pid) => story.passages.find((p) => p.id === pid)?.line))].filter((l) => l !== undefined);
  return lines.join(', ');
}

/** The tooltip of an arc: who does what to whom, stated or alleged, when, and its evidence lines.
 * A date we add is said to be context, never passed off as the article's. */
export function relationTooltip(story: Story, r: Relation): TooltipText {
  const d = describeRelation(story, r);
  const when = d.dateEn ? ` · ${d.dateEn}` : r.contextDate ? ` · ${r.contextDate.en} (context, not in the article)` : '';
  return { en: d.en, ur: d.ur, detail: `${d.certainty === 'alleged' ? 'Alleged' : 'Stated'}${when} · evidence: line ${evidenceLines(story, r)}` };
}

/** The tooltip of a country or actor: its names, its role, and how many of its relations are shown. */
export function entityTooltip(story: Story, id: EntityId, role: CountryRole | undefined, visible: readonly Relation[]): TooltipText | null {
  const e = entityIndex(story).get(id);
  if (!e) return null;
  const n = visible.filter((r) => r.source === id || r.target === id).length;
  return { en: e.names.en, ur: e.names.ur, detail: `${role ? `${role.label.en} · ` : ''}${n} relation${n === 1 ? '' : 's'} shown` };
}

/** The accessible name of a map node: "Albania (البانیہ), Accuser, attacked in July", or for an
 * actor, what it is and that it is not a place. */
export function nodeDescription(story: Story, id: EntityId, role: CountryRole | undefined): string {
  const e = entityIndex(story).get(id);
  if (!e) return id;
  return role ? `${e.names.en} (${e.names.ur}), ${role.label.en}` : `${e.names.en} (${e.names.ur}), ${e.type}, not a place`;
}
