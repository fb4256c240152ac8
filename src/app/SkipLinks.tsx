import type { MouseEvent } from 'react';
import { useMessages } from '../i18n/useMessages.ts';

interface Props {
  /** Opens the table of relations (the link then moves focus to its heading). */
  readonly onTable: () => void;
}

/** Moves focus to an element by id: the target takes it (tabIndex -1) and is scrolled to. */
function focusById(id: string): void {
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'nearest' });
}

/**
 * The first tab stops of the page, shown only when focused: straight to the map (its places and
 * arrows), to the evidence panel, or to the table of relations, past the header's buttons.
 */
export function SkipLinks({ onTable }: Props) {
  const { t } = useMessages();
  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    focusById(id);
  };
  return (
    <nav className="skip-links" aria-label={t.app.skipLinks}>
      <a
        href="#map-area"
        onClick={(e) => {
          e.preventDefault();
          // Straight onto the map's tab stop (a place or an arrow), else the map's area.
          const stop = document.querySelector<HTMLElement>('#map-area [data-rove-key][tabindex="0"]');
          if (stop) stop.focus();
          else focusById('map-area');
        }}
      >
        {t.app.skipToMap}
      </a>
      <a href="#panel" onClick={go('panel')}>
        {t.app.skipToPanel}
      </a>
      <a
        href="#relations-table"
        onClick={(e) => {
          e.preventDefault();
          onTable();
        }}
      >
        {t.app.skipToTable}
      </a>
    </nav>
  );
}
