import { capitalise, namesOf } from '../story/describe.ts';
import { typeLabel } from '../story/relationKinds.ts';
import type { Relation } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { RelationCard } from './RelationCard.tsx';

interface Props extends PanelContext {
  readonly relation: Relation;
}

/** One edge: its ends, what it is, who says so, when, and every passage that evidences it. */
export function RelationPanel({ story, question, onSelect, onClear, relation: r }: Props) {
  const s = namesOf(story, r.source);
  const t = namesOf(story, r.target);
  return (
    <section className="panel-body" aria-labelledby="panel-title" data-relation={r.id}>
      <PanelHeader kicker={`Relation · ${typeLabel(story, r.type)}`} ur={`${s.ur} ← ${t.ur}`} en={`${capitalise(s.en)} → ${t.en}`} question={question} onClose={onClear}>
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
          {story.article.slice(r.wording.start, r.wording.end)}
        </p>
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
