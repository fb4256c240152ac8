import { kindCss } from '../theme/palette.ts';
import { capitalise, contextDateText, describeRelation, nameIn, noteIn } from '../wording/describe.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { namesFor } from '../story/queries.ts';
import { kindOf } from '../story/relationKinds.ts';
import { attribution } from '../wording/relationSummary.ts';
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

/**
 * A relation in the panel: who did what to whom (ours in English, the article's words in Urdu),
 * stated or alleged, who says so, when, and the passages that evidence it.
 */
export function RelationCard({
  story,
  relation: r,
  selected,
  withQuotes,
  withTitle = true,
  onSelectRelation,
  onSelectEntity,
}: Props) {
  const { lang, t } = useMessages();
  const m = t.relation;
  const d = describeRelation(story, r);
  const list = (ids: readonly EntityId[]) => t.list(ids.map((id) => nameIn(story, id, lang)));
  const byId = new Map(story.passages.map((p) => [p.id, p]));
  // Both ends, by any of their forms: Tehran marks Iran, Rama marks Albania.
  const highlight = new Set([...namesFor(story, r.source), ...namesFor(story, r.target)]);
  const quote = (pid: string) => {
    const p = byId.get(pid);
    return p ? (
      <Quote
        key={pid}
        story={story}
        passage={p}
        highlight={highlight}
        wordings={r.wording.passage === pid ? [r.wording] : []}
        onSelectEntity={onSelectEntity}
      />
    ) : null;
  };
  return (
    <article
      className="relation-card"
      data-relation={r.id}
      data-selected={selected || undefined}
      style={{ borderInlineStartColor: kindCss(kindOf(r)) }}
    >
      {withTitle ? (
        <>
          <button
            type="button"
            className="relation-title"
            aria-pressed={selected}
            onClick={() => onSelectRelation(r.id)}
          >
            {d[lang]}
          </button>
          {lang === 'en' ? (
            <p className="relation-ur" lang="ur" dir="rtl">
              {d.ur}
            </p>
          ) : null}
        </>
      ) : null}
      <ul className="badges">
        <li className={`badge badge-${d.certainty}`}>{d.certainty === 'alleged' ? m.Alleged : m.Stated}</li>
        <li className="badge">{capitalise(attribution(story, r, lang))}</li>
        {r.reportedBy.length > 0 ? <li className="badge">{m.reportedBy(list(r.reportedBy))}</li> : null}
        {r.dates.map((date) => (
          <li key={`${date.start}`} className="badge badge-date">
            {m.date[date.refersTo]}
            {lang === 'en' ? (
              <>
                {date.en} (
                <span lang="ur" dir="rtl">
                  {story.article.slice(date.start, date.end)}
                </span>
                )
              </>
            ) : (
              // The article's own words for the date: in an Urdu page, nothing else is needed.
              story.article.slice(date.start, date.end)
            )}
          </li>
        ))}
        {r.contextDate ? (
          <li className="badge badge-context" title={noteIn(r.contextDate, lang).text}>
            {m.context}
            {contextDateText(r.contextDate, lang)}
          </li>
        ) : null}
      </ul>
      {withQuotes ? (
        <>
          <p className="evidence-label">{m.evidence(r.evidence.map((pid) => byId.get(pid)?.line ?? 0))}</p>
          {r.evidence.map(quote)}
          {r.impliedEnds.map((i) => (
            <ImpliedNote key={`${i.passage}-${i.entity}`} story={story} end={i} />
          ))}
          {r.context.length > 0 ? (
            <details className="context">
              <summary>{m.moreContext(r.context.length)}</summary>
              {r.context.map(quote)}
            </details>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
