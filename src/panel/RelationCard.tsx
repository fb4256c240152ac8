import { kindCss } from '../theme/palette.ts';
import { capitalise, describeRelation, namesOf } from '../story/describe.ts';
import { namesFor } from '../story/queries.ts';
import { kindOf } from '../story/relationKinds.ts';
import { attribution } from '../story/relationSummary.ts';
import type { EntityId, Relation, Story } from '../story/types.ts';
import { ImpliedNote } from './ImpliedNote.tsx';
import { Quote } from './Quote.tsx';

interface Props {
  readonly story: Story;
  readonly relation: Relation;
  readonly selected: boolean;
  /** Show the evidence quotes (and context behind a disclosure), or only the summary. */
  readonly withQuotes: boolean;
  /** Leave out the title lines where the panel's own heading already says them. */
  readonly withTitle?: boolean;
  readonly onSelectRelation: (id: string) => void;
  readonly onSelectEntity: (id: EntityId) => void;
}

const DATE_LABELS = { event: 'When: ', statement: 'Said: ', deadline: 'Deadline: ' } as const;

/**
 * A relation in the panel: who did what to whom (ours in English, the article's words in Urdu),
 * stated or alleged, who says so, when, and the passages that evidence it.
 */
export function RelationCard({ story, relation: r, selected, withQuotes, withTitle = true, onSelectRelation, onSelectEntity }: Props) {
  const d = describeRelation(story, r);
  const list = (ids: readonly EntityId[]) => ids.map((id) => namesOf(story, id).en).join(', ');
  const byId = new Map(story.passages.map((p) => [p.id, p]));
  // Both ends, by any of their forms: Tehran marks Iran, Rama marks Albania.
  const highlight = new Set([...namesFor(story, r.source), ...namesFor(story, r.target)]);
  const quote = (pid: string) => {
    const p = byId.get(pid);
    return p ? <Quote key={pid} story={story} passage={p} highlight={highlight} wordings={r.wording.passage === pid ? [r.wording] : []} onSelectEntity={onSelectEntity} /> : null;
  };
  return (
    <article className="relation-card" data-relation={r.id} data-selected={selected || undefined} style={{ borderInlineStartColor: kindCss(kindOf(r)) }}>
      {withTitle ? (
        <>
          <button type="button" className="relation-title" aria-pressed={selected} onClick={() => onSelectRelation(r.id)}>
            {d.en}
          </button>
          <p className="relation-ur" lang="ur" dir="rtl">
            {d.ur}
          </p>
        </>
      ) : null}
      <ul className="badges">
        <li className={`badge badge-${d.certainty}`}>{d.certainty === 'alleged' ? 'Alleged' : 'Stated'}</li>
        <li className="badge">{capitalise(attribution(story, r))}</li>
        {r.reportedBy.length > 0 ? <li className="badge">Reported by {list(r.reportedBy)}</li> : null}
        {r.dates.map((date) => (
          <li key={`${date.start}`} className="badge badge-date">
            {DATE_LABELS[date.refersTo]}
            {date.en} (
            <span lang="ur" dir="rtl">
              {story.article.slice(date.start, date.end)}
            </span>
            )
          </li>
        ))}
        {r.contextDate ? (
          <li className="badge badge-context" title={r.contextDate.why}>
            Context, not in the article: {r.contextDate.en}
          </li>
        ) : null}
      </ul>
      {withQuotes ? (
        <>
          <p className="evidence-label">
            Evidence: {r.evidence.map((pid) => `line ${byId.get(pid)?.line ?? '?'}`).join(', ')}
          </p>
          {r.evidence.map(quote)}
          {r.impliedEnds.map((i) => (
            <ImpliedNote key={`${i.passage}-${i.entity}`} story={story} end={i} />
          ))}
          {r.context.length > 0 ? (
            <details className="context">
              <summary>More context ({r.context.length})</summary>
              {r.context.map(quote)}
            </details>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
