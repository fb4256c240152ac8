import { RELATION_KINDS, kindOf, type RelationKind } from '../story/relationKinds.ts';
import { kindLabel } from '../wording/relationWords.ts';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { roleColor } from '../theme/roleColor.ts';
import type { Relation, Story } from '../story/types.ts';

/** One entry of an exported map's key. */
export type KeyEntry =
  /** A relation kind: its colour as a line, dashed for the alleged sample. */
  | {
      readonly type: 'line';
      readonly label: string;
      readonly color: string;
      readonly dashed: boolean;
      readonly kind?: RelationKind;
    }
  /** A country role's tint, or the white square of a group that is not a place. */
  | { readonly type: 'swatch'; readonly label: string; readonly color: string; readonly actor: boolean };

/**
 * The key of an exported map: the kinds of the relations drawn (in the legend's order), a dashed
 * sample when an alleged one is drawn, the story's country roles, and the actor square when an
 * actor is drawn. Only what the picture shows, so the key never explains something absent.
 */
export function figureKey(
  story: Story,
  drawn: readonly Relation[],
  colors: {
    readonly kinds: Readonly<Record<RelationKind, string>>;
    readonly claimLine: string;
    readonly actorFill: string;
  },
  lang: Lang = 'en',
): KeyEntry[] {
  const t = messagesFor(lang).figure;
  const kinds = new Set(drawn.map(kindOf));
  const entries: KeyEntry[] = RELATION_KINDS.filter((k) => kinds.has(k)).map((k) => ({
    type: 'line',
    label: kindLabel(k, lang),
    color: colors.kinds[k],
    dashed: false,
    kind: k,
  }));
  if (drawn.some((r) => r.alleged))
    entries.push({ type: 'line', label: t.allegedKey, color: colors.claimLine, dashed: true });
  for (const role of story.roles)
    entries.push({ type: 'swatch', label: role.label[lang], color: roleColor(story, role), actor: false });
  if (story.entities.some((e) => e.anchor && e.type !== 'country'))
    entries.push({ type: 'swatch', label: t.actorKey, color: colors.actorFill, actor: true });
  return entries;
}
