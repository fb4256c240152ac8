import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { RelationKind } from '../story/relationKinds.ts';
import type { RelationType, Story } from '../story/types.ts';

// The words the interface gives a relation's type and kind, in the reader's language: the story's own
// where its package has them, else the interface's (src/i18n). Kept out of story/, which knows no language.

/** How a story words a relation type: its own wording where the package gives one in the reader's
 * language (a plain string is English only), else ours (the message tables' `relation.type`). */
export function typeLabel(story: Pick<Story, 'typeLabels'>, type: RelationType, lang: Lang = 'en'): string {
  const own = story.typeLabels[type];
  const worded = typeof own === 'string' ? (lang === 'en' ? own : undefined) : own?.[lang];
  return worded ?? messagesFor(lang).relation.type[type];
}

/** The legend's wording of a kind in the reader's language. */
export function kindLabel(kind: RelationKind, lang: Lang = 'en'): string {
  return messagesFor(lang).relation.kind[kind];
}
