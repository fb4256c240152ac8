import type { ReactNode } from 'react';
import type { StoryQuestion } from '../story/package/schema.ts';
import { useMessages } from '../i18n/useMessages.ts';

interface Props {
  /** The title in the reader's language. */
  readonly title: string;
  /** The article's Urdu name under it, in an English page (the same as the title in an Urdu one,
   * so not said twice). */
  readonly ur?: string | undefined;
  readonly kicker: string;
  /** The start question this panel answers, said above its title. */
  readonly question?: StoryQuestion | null;
  readonly onClose: () => void;
  readonly children?: ReactNode;
}

/** The heading of a selection's panel: the question it answers if any, what kind of thing it is,
 * its names, and a way back. */
export function PanelHeader({ ur, title, kicker, question = null, onClose, children }: Props) {
  const { lang, t } = useMessages();
  return (
    <header className="panel-header">
      <div>
        {question ? (
          <p className="asked" data-question={question.id}>
            <span className="asked-label">{t.panel.yourQuestion}</span>
            <span className="asked-text">{question.label[lang]}</span>
          </p>
        ) : null}
        <p className="kicker">{kicker}</p>
        <h2 id="panel-title" tabIndex={-1}>
          <span className="en">{title}</span>
          {ur && ur !== title ? (
            <span className="ur" lang="ur" dir="rtl">
              {ur}
            </span>
          ) : null}
        </h2>
        {children}
      </div>
      <button type="button" className="close" onClick={onClose} aria-label={t.panel.close}>
        ×
      </button>
    </header>
  );
}
