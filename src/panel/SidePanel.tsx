import './panel.css';
import { useEffect, useRef } from 'react';
import { relationLabel } from '../story/describe.ts';
import { openDataPaths } from '../story/openData.ts';
import { KIND_LABELS } from '../story/relationKinds.ts';
import type { EntityId } from '../story/types.ts';
import type { PanelMode } from '../state/viewState.ts';
import { ArticleReader } from './ArticleReader.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import { KindPanel } from './KindPanel.tsx';
import { Overview } from './Overview.tsx';
import type { PanelContext } from './panelProps.ts';
import { PassagePanel } from './PassagePanel.tsx';
import { RelationPanel } from './RelationPanel.tsx';

interface Props extends PanelContext {
  readonly mode: PanelMode;
  readonly onMode: (mode: PanelMode) => void;
  readonly mapEntityOf: (id: EntityId) => EntityId | undefined;
}

/** One sentence saying what the panel shows, for the live region. */
function announce({ story, selection, mode }: Props): string {
  if (!selection) return mode === 'article' ? 'Showing the whole article.' : 'Showing the overview.';
  switch (selection.kind) {
    case 'entity':
      return `Showing ${story.entities.find((e) => e.id === selection.id)?.names.en ?? selection.id}.`;
    case 'relation': {
      const r = story.relations.find((x) => x.id === selection.id);
      return r ? `Showing the relation: ${relationLabel(story, r)}.` : '';
    }
    case 'passage':
      return `Showing line ${story.passages.find((p) => p.id === selection.id)?.line ?? ''} of the article.`;
    case 'relation-kind':
      return `Showing all relations of the kind: ${KIND_LABELS[selection.id]}.`;
  }
}

/** The side panel: the evidence for the selection, or the whole article to read. */
export function SidePanel(props: Props) {
  const { story, selection, mode, onMode } = props;
  // A new selection starts at the top of its evidence, not wherever the last one was scrolled to.
  const scrollRef = useRef<HTMLDivElement>(null);
  const key = `${selection?.kind ?? ''}:${selection?.id ?? ''}:${mode}`;
  const hadSelection = useRef(selection !== null);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    // Closing a panel removes the button that had focus: hand focus to the new heading instead
    // of dropping it on the page.
    if (hadSelection.current && selection === null && (document.activeElement === null || document.activeElement === document.body)) {
      scrollRef.current?.querySelector<HTMLElement>('h2')?.focus();
    }
    hadSelection.current = selection !== null;
  }, [key, selection]);
  const sel = selection;
  const data = openDataPaths(story.slug);
  let body;
  if (mode === 'article' && sel?.kind !== 'passage') body = <ArticleReader {...props} />;
  else if (sel?.kind === 'entity') {
    const entity = story.entities.find((e) => e.id === sel.id);
    body = entity ? <EntityPanel {...props} entity={entity} /> : null;
  } else if (sel?.kind === 'relation') {
    const relation = story.relations.find((r) => r.id === sel.id);
    body = relation ? <RelationPanel {...props} relation={relation} /> : null;
  } else if (sel?.kind === 'passage') {
    const passage = story.passages.find((p) => p.id === sel.id);
    body = passage ? (
      <>
        <PassagePanel {...props} passage={passage} />
        {mode === 'article' ? <ArticleReader {...props} /> : null}
      </>
    ) : null;
  } else if (sel?.kind === 'relation-kind') body = <KindPanel {...props} kind={sel.id} />;
  body ??= <Overview story={story} relationCount={props.visible.length} onSelect={props.onSelect} onRead={() => onMode('article')} />;

  return (
    <aside className="side-panel" aria-label="Evidence from the article" data-testid="side-panel">
      <div className="panel-tabs" role="group" aria-label="Panel">
        <button type="button" aria-pressed={mode === 'evidence'} onClick={() => onMode('evidence')}>
          Evidence
        </button>
        <button type="button" aria-pressed={mode === 'article'} onClick={() => onMode('article')}>
          Read the article
        </button>
      </div>
      <div className="panel-scroll" ref={scrollRef}>
        {body}
      </div>
      {/* Tells screen readers what the panel now shows, whoever changed it (map, legend, address). */}
      <p className="visually-hidden" aria-live="polite">
        {announce(props)}
      </p>
      <footer className="panel-footer">
        <span>Get the data:</span> <a href={data.json} download>story.json</a>{' '}
        <a href={data.csv} download>relations.csv</a>
      </footer>
    </aside>
  );
}
