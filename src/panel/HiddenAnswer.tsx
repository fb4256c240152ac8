import type { Relation } from '../story/types.ts';
import { useMessages } from '../i18n/useMessages.ts';

interface Props {
  /** The relations that answer the question the panel was opened with. */
  readonly answer: readonly string[];
  /** The relations the panel shows. */
  readonly visible: readonly Relation[];
}

/** Says how much of a question's answer the filters hide (asking shows it all; a filter switched
 * off afterwards may hide part of it again), so an answer never looks shorter than it is. */
export function HiddenAnswer({ answer, visible }: Props) {
  const { t } = useMessages();
  const shown = new Set(visible.map((r) => r.id));
  const hidden = answer.filter((id) => !shown.has(id)).length;
  if (hidden === 0) return null;
  return <p className="muted">{t.panel.answerHidden(hidden, answer.length)}</p>;
}
