import { langAttributes, type Lang } from '../i18n/lang.ts';
import type { StoryQuestion } from '../story/package/schema.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The language of the story's own summary. */
  readonly lang: Lang;
  /** How many relations the filters let through. */
  readonly visibleCount: number;
  readonly onAsk: (question: StoryQuestion) => void;
  readonly onRead: () => void;
  readonly onShowAll: () => void;
}

/** The panel with nothing selected: what the story is, the questions readers come with (from the
 * story package; each opens its answer), how to use the map, and what the sources are. */
export function Overview({ story, lang, visibleCount, onAsk, onRead, onShowAll }: Props) {
  const { meta } = story;
  const total = story.relations.length;
  return (
    <section className="panel-body overview" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>What the article reports</h2>
      {meta.fixture ? <p className="fixture-note">This story is a test fixture written for the app’s tests. It is not news.</p> : null}
      {visibleCount === 0 ? (
        // An empty map with "0 relations drawn" would read as a story with nothing in it.
        <p className="filters-note" data-testid="all-hidden">
          All relations are hidden by the filters.{' '}
          <button type="button" className="link" onClick={onShowAll}>
            Show all {total} relations
          </button>
        </p>
      ) : null}
      <p {...langAttributes(lang)}>{meta.summary[lang]}</p>
      <p className="hint">Choose a country, an arrow or a legend entry to read, in the article’s own Urdu, the sentences behind it.</p>
      <h3>Start with</h3>
      <ul className="starts">
        {meta.questions.map((q) => (
          <li key={q.id}>
            <button type="button" className="chip" data-question={q.id} onClick={() => onAsk(q)}>
              {q.label.en}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="chip" onClick={onRead}>
            Read the whole article
          </button>
        </li>
      </ul>
      <p className="source-note">
        {total} relations drawn from the article’s {story.passages.length} sentences on {story.article.split('\n').length} lines
        {visibleCount > 0 && visibleCount < total ? ` (${total - visibleCount} hidden by the filters)` : ''}. Source: {meta.source.en}. Quotes are
        exact slices of the article; English glosses are our translation.
        {story.relations.some((r) => r.alleged) ? ' Dashed arrows are claims the article reports as alleged.' : null}
      </p>
    </section>
  );
}
