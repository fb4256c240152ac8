import type { ReactNode } from 'react';

interface Props {
  readonly ur?: string | undefined;
  readonly en: string;
  readonly kicker: string;
  readonly onClose: () => void;
  readonly children?: ReactNode;
}

/** The heading of a selection's panel: what kind of thing it is, its names, and a way back. */
export function PanelHeader({ ur, en, kicker, onClose, children }: Props) {
  return (
    <header className="panel-header">
      <div>
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
