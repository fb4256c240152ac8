import { capitalise, nameIn, namesOf } from '../wording/describe.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { typeLabel } from '../wording/relationWords.ts';
import type { Relation } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { RelationCard } from './RelationCard.tsx';

interface Props extends PanelContext {
  readonly relation: Relation;
}

/** One edge: its ends, what it is, who says so, when, and every passage that evidences it. */
export function RelationPanel({ story, question, onSelect, onClear, relation: r }: Props) {
  const { lang, t: m } = useMessages();
  const s = namesOf(story, r.source);
  const t = namesOf(story, r.target);
  const wording = story.article.slice(r.wording.start, r.wording.end);
  const title = lang === 'en' ? `${capitalise(s.en)} → ${t.en}` : `${s.ur} ← ${t.ur}`;
  return (
    <section className="panel-body" aria-labelledby="panel-title" data-relation={r.id}>
      <PanelHeader
        kicker={m.panel.relationKicker(typeLabel(story, r.type, lang))}
        ur={`${s.ur} ← ${t.ur}`}
        title={title}
        question={question}
        onClose={onClear}
      >
        {lang === 'en' ? (
          <>
            <p className="note">
              <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id: r.source })}>
                {capitalise(s.en)}
              </button>{' '}
              {r.label}{' '}
              <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id: r.target })}>
                {t.en}
              </button>
              .
            </p>
            <p className="relation-ur" lang="ur" dir="rtl">
              {wording}
            </p>
          </>
        ) : (
          // In Urdu the relation is said in the article's own words, its ends as links.
          <p className="note relation-ur">
            <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id: r.source })}>
              {nameIn(story, r.source, lang)}
            </button>{' '}
            {m.arrow}{' '}
            <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id: r.target })}>
              {nameIn(story, r.target, lang)}
            </button>
            {m.colon}
            {wording}
          </p>
        )}
      </PanelHeader>
      <RelationCard
        story={story}
        relation={r}
        selected
        withQuotes
        withTitle={false}
        onSelectRelation={(id) => onSelect({ kind: 'relation', id })}
        onSelectEntity={(id) => onSelect({ kind: 'entity', id })}
      />
    </section>
  );
}
