import { capitalise, namesOf } from '../story/describe.ts';
import { entitiesNamedIn } from '../story/model.ts';
import type { Passage } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { Quote } from './Quote.tsx';
import { RelationCard } from './RelationCard.tsx';

interface Props extends PanelContext {
  readonly passage: Passage;
}

/** One sentence of the article and what it evidences on the map. */
export function PassagePanel({ story, visible, onSelect, onClear, passage }: Props) {
  const named = [...entitiesNamedIn(story, passage.id)];
  const evidences = visible.filter((r) => r.evidence.includes(passage.id));
  const qualifies = visible.filter((r) => r.context.includes(passage.id));
  const selectEntity = (id: string) => onSelect({ kind: 'entity', id });
  const card = (r: (typeof visible)[number]) => (
    <RelationCard key={r.id} story={story} relation={r} selected={false} withQuotes={false} onSelectRelation={(id) => onSelect({ kind: 'relation', id })} onSelectEntity={selectEntity} />
  );
  return (
    <section className="panel-body" aria-labelledby="panel-title" data-passage-panel={passage.id}>
      <PanelHeader kicker="Sentence" en={`Line ${passage.line} of the article`} onClose={onClear} />
      <Quote story={story} passage={passage} highlight={new Set(named)} onSelectEntity={selectEntity} />
      <h3>It evidences ({evidences.length})</h3>
      {evidences.length > 0 ? evidences.map(card) : <p className="muted">No relation on the map rests on this sentence.</p>}
      {qualifies.length > 0 ? (
        <>
          <h3>It adds context to ({qualifies.length})</h3>
          {qualifies.map(card)}
        </>
      ) : null}
      {named.length > 0 ? (
        <>
          <h3>It names</h3>
          <ul className="chips">
            {named.map((id) => (
              <li key={id}>
                <button type="button" className="chip" onClick={() => selectEntity(id)}>
                  {capitalise(namesOf(story, id).en)} ·{' '}
                  <span lang="ur" dir="rtl">
                    {namesOf(story, id).ur}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
