import type { Selection } from '../state/viewState.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly relationCount: number;
  readonly onSelect: (selection: Exclude<Selection, null>) => void;
  readonly onRead: () => void;
}

/** The panel with nothing selected: what the story is, the questions readers come with (from the
 * story package), how to use the map, and what the sources are. */
export function Overview({ story, relationCount, onSelect, onRead }: Props) {
  const { meta } = story;
  return (
    <section className="panel-body overview" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>What the article reports</h2>
      {meta.fixture ? <p className="fixture-note">This story is a test fixture written for the app’s tests. It is not news.</p> : null}
      <p>{meta.summary.en}</p>
      <p className="hint">Choose a country, an arrow or a legend entry to read, in the article’s own Urdu, the sentences behind it.</p>
      <h3>Start with</h3>
      <ul className="starts">
        {meta.questions.map((q) => (
          <li key={q.label.en}>
            <button type="button" className="chip" onClick={() => onSelect(q.select)}>
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
        {relationCount} relations drawn from the article’s {story.passages.length} sentences on {story.article.split('\n').length} lines.
        Source: {meta.source.en}. Quotes are exact slices of the article; English glosses are our translation.
        {story.relations.some((r) => r.alleged) ? ' Dashed arrows are claims the article reports as alleged.' : null}
      </p>
    </section>
  );
}
