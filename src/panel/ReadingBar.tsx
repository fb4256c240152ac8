import { describeRelation, namesOf } from '../story/describe.ts';
import { KIND_LABELS } from '../story/relationKinds.ts';
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
function label(story: Story, selection: Exclude<Selection, null>, count: number): string {
  const sentences = count === 1 ? 'sentence' : 'sentences';
  switch (selection.kind) {
    case 'entity':
      return `${count} ${sentences} name ${namesOf(story, selection.id).en}`;
    case 'relation': {
      const r = story.relations.find((x) => x.id === selection.id);
      return `${count} ${sentences} behind ${r ? describeRelation(story, r).en : selection.id}`;
    }
    case 'relation-kind':
      return `${count} ${sentences} behind: ${KIND_LABELS[selection.id].toLowerCase()}`;
    case 'passage':
      return `${count} ${sentences} chosen`;
  }
}

/**
 * The reader's place among the selection's sentences, with buttons to step to the previous and the
 * next. The count ("2 of 5") is a live region, so a screen reader hears where each step lands.
 * At either end the button stays focusable (aria-disabled, not disabled), so the keyboard's place
 * is not lost when it runs out.
 */
export function ReadingBar({ story, selection, sentences, index, onReadAt }: Props) {
  const previous = sentences[index - 1];
  const next = sentences[index + 1];
  return (
    <div className="reading-bar" role="group" aria-label="Step through the selection’s sentences">
      <p className="reading-label">
        <span>{label(story, selection, sentences.length)}</span>
        <span className="reading-count" role="status">
          {sentences.length > 0 ? `${index + 1} of ${sentences.length}` : 'none'}
        </span>
      </p>
      <div className="reading-controls">
        <button type="button" aria-disabled={previous === undefined} onClick={() => (previous === undefined ? undefined : onReadAt(previous))}>
          <span aria-hidden="true">↑ </span>Previous sentence
        </button>
        <button type="button" aria-disabled={next === undefined} onClick={() => (next === undefined ? undefined : onReadAt(next))}>
          Next sentence<span aria-hidden="true"> ↓</span>
        </button>
      </div>
    </div>
  );
}
