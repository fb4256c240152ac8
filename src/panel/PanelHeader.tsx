import type { ReactNode } from 'react';
import type { StoryQuestion } from '../story/package/schema.ts';

interface Props {
  readonly ur?: string | undefined;
  readonly en: string;
  readonly kicker: string;
  /** The start question this panel answers, said above its title. */
  readonly question?: StoryQuestion | null;
  readonly onClose: () => void;
  readonly children?: ReactNode;
}

/** The heading of a selection's panel: the question it answers if any, what kind of thing it is,
 * its names, and a way back. */
export function PanelHeader({ ur, en, kicker, question = null, onClose, children }: Props) {
  return (
    <header className="panel-header">
      <div>
        {question ? (
          <p className="asked" data-question={question.id}>
            <span className="asked-label">Your question</span>
            <span className="asked-text">{question.label.en}</span>
          </p>
        ) : null}
        <p className="kicker">{kicker}</p>
        <h2 id="panel-title" tabIndex={-1}>
          <span className="en">{en}</span>
          {ur ? (
            <span className="ur" lang="ur" dir="rtl">
              {ur}
            </span>
          ) : null}
        </h2>
        {children}
      </div>
      <button type="button" className="close" onClick={onClose} aria-label="Close and show the overview">
        ×
      </button>
    </header>
  );
}
