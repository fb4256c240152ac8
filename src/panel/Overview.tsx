import { langAttributes } from '../i18n/lang.ts';
import type { StoryQuestion } from '../story/package/schema.ts';
import type { Story } from '../story/types.ts';
import { useMessages } from '../i18n/useMessages.ts';

interface Props {
  readonly story: Story;
  /** How many relations the filters let through. */
  readonly visibleCount: number;
  readonly onAsk: (question: StoryQuestion) => void;
  readonly onRead: () => void;
  readonly onShowAll: () => void;
}

/** The panel with nothing selected: what the story is, the questions readers come with (from the
 * story package; each opens its answer), how to use the map, and what the sources are. */
export function Overview({ story, visibleCount, onAsk, onRead, onShowAll }: Props) {
  const { meta } = story;
  const { lang, t } = useMessages();
  const o = t.overview;
  const total = story.relations.length;
  return (
    <section className="panel-body overview" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        {o.title}
      </h2>
      {meta.fixture ? <p className="fixture-note">{o.fixture}</p> : null}
      {visibleCount === 0 ? (
        // An empty map with "0 relations drawn" would read as a story with nothing in it.
        <p className="filters-note" data-testid="all-hidden">
          {o.allHidden}{' '}
          <button type="button" className="link" onClick={onShowAll}>
            {o.showAll(total)}
          </button>
        </p>
      ) : null}
      <p {...langAttributes(lang)}>{meta.summary[lang]}</p>
      <p className="hint">{o.hint}</p>
      <h3>{o.startWith}</h3>
      <ul className="starts">
        {meta.questions.map((q) => (
          <li key={q.id}>
            <button type="button" className="chip" data-question={q.id} onClick={() => onAsk(q)}>
              {q.label[lang]}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="chip" onClick={onRead}>
            {o.readWhole}
          </button>
        </li>
      </ul>
      <p className="source-note">
        {o.drawnFrom(total, story.passages.length, story.article.split('\n').length)}
        {visibleCount > 0 && visibleCount < total ? o.hiddenPart(total - visibleCount) : ''}
        {o.sourceAndQuotes(meta.source[lang])}
        {story.relations.some((r) => r.alleged) ? o.dashed : null}
      </p>
    </section>
  );
}
