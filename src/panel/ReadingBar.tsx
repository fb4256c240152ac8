import { messagesFor } from '../i18n/messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { describeRelation, nameIn } from '../wording/describe.ts';
import { kindLabel } from '../wording/relationWords.ts';
import type { Selection } from '../state/viewState.ts';
import type { PassageId, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly selection: Exclude<Selection, null>;
  /** The selection's sentences, in article order. */
  readonly sentences: readonly PassageId[];
  /** Where the reader is among them. */
  readonly index: number;
  readonly onReadAt: (passage: PassageId) => void;
}

/** What the reader steps through, in words. */
function label(story: Story, selection: Exclude<Selection, null>, count: number, lang: Lang): string {
  const t = messagesFor(lang).reader;
  switch (selection.kind) {
    case 'entity':
      return t.names(count, nameIn(story, selection.id, lang));
    case 'relation': {
      const r = story.relations.find((x) => x.id === selection.id);
      return t.behind(count, r ? describeRelation(story, r)[lang] : selection.id);
    }
    case 'relation-kind':
      return t.behindKind(count, kindLabel(selection.id, lang));
    case 'passage':
      return t.chosen(count);
  }
}

/**
 * The reader's place among the selection's sentences, with buttons to step to the previous and the
 * next. The count ("2 of 5") is a live region, so a screen reader hears where each step lands.
 * At either end the button stays focusable (aria-disabled, not disabled), so the keyboard's place
 * is not lost when it runs out.
 */
export function ReadingBar({ story, selection, sentences, index, onReadAt }: Props) {
  const { lang, t } = useMessages();
  const r = t.reader;
  const previous = sentences[index - 1];
  const next = sentences[index + 1];
  return (
    <div className="reading-bar" role="group" aria-label={r.group}>
      <p className="reading-label">
        <span>{label(story, selection, sentences.length, lang)}</span>
        <span className="reading-count" role="status">
          {sentences.length > 0 ? r.position(index + 1, sentences.length) : r.none}
        </span>
      </p>
      <div className="reading-controls">
        <button
          type="button"
          aria-disabled={previous === undefined}
          onClick={() => (previous === undefined ? undefined : onReadAt(previous))}
        >
          <span aria-hidden="true">↑ </span>
          {r.previous}
        </button>
        <button
          type="button"
          aria-disabled={next === undefined}
          onClick={() => (next === undefined ? undefined : onReadAt(next))}
        >
          {r.next}
          <span aria-hidden="true"> ↓</span>
        </button>
      </div>
    </div>
  );
}
