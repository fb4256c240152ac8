import { capitalise, namesOf } from '../wording/describe.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { entitiesNamedIn } from '../story/model.ts';
import type { Passage } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { Quote } from './Quote.tsx';
import { RelationCard } from './RelationCard.tsx';

interface Props extends PanelContext {
  /** One sentence, or every sentence of a line (`?passage=p17`), in article order. */
  readonly passages: readonly Passage[];
}

/** One sentence of the article, or one line of several, and what it evidences on the map. */
export function PassagePanel({ story, visible, question, onSelect, onClear, passages }: Props) {
  const { lang, t } = useMessages();
  const m = t.panel;
  const ids = passages.map((p) => p.id);
  const named = [...new Set(ids.flatMap((id) => [...entitiesNamedIn(story, id)]))];
  const evidences = visible.filter((r) => r.evidence.some((id) => ids.includes(id)));
  const qualifies = visible.filter((r) => !evidences.includes(r) && r.context.some((id) => ids.includes(id)));
  const lines = [...new Set(passages.map((p) => p.line))];
  const one = passages.length === 1;
  const selectEntity = (id: string) => onSelect({ kind: 'entity', id });
  const card = (r: (typeof visible)[number]) => (
    <RelationCard
      key={r.id}
      story={story}
      relation={r}
      selected={false}
      withQuotes={false}
      onSelectRelation={(id) => onSelect({ kind: 'relation', id })}
      onSelectEntity={selectEntity}
    />
  );
  return (
    <section className="panel-body" aria-labelledby="panel-title" data-passage-panel={ids.join(' ')}>
      <PanelHeader
        kicker={one ? m.sentence : m.lineSentences(passages.length)}
        title={m.lineOfArticle(lines)}
        question={question}
        onClose={onClear}
      />
      {passages.map((p) => (
        <Quote key={p.id} story={story} passage={p} highlight={new Set(named)} onSelectEntity={selectEntity} />
      ))}
      <h3>{m.evidences(one, evidences.length)}</h3>
      {evidences.length > 0 ? evidences.map(card) : <p className="muted">{m.restsOnNone(one)}</p>}
      {qualifies.length > 0 ? (
        <>
          <h3>{m.addsContext(one, qualifies.length)}</h3>
          {qualifies.map(card)}
        </>
      ) : null}
      {named.length > 0 ? (
        <>
          <h3>{m.names(one)}</h3>
          <ul className="chips">
            {named.map((id) => (
              <li key={id}>
                <button type="button" className="chip" onClick={() => selectEntity(id)}>
                  {lang === 'en' ? (
                    <>
                      {capitalise(namesOf(story, id).en)} ·{' '}
                      <span lang="ur" dir="rtl">
                        {namesOf(story, id).ur}
                      </span>
                    </>
                  ) : (
                    namesOf(story, id).ur
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
