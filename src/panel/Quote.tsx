import { GLOSSES } from '../story/glosses.ts';
import { quoteRuns } from '../story/queries.ts';
import type { EntityId, Passage, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly passage: Passage;
  /** Mentions of these entities are highlighted. */
  readonly highlight: ReadonlySet<EntityId>;
}

/**
 * One passage quoted verbatim (every character sliced from the article), with the mentions of the
 * selected entity marked, its line in the article, and our English gloss labelled as ours.
 */
export function Quote({ story, passage, highlight }: Props) {
  return (
    <figure className="quote" data-passage={passage.id}>
      <blockquote lang="ur" dir="rtl" className="quote-ur">
        {quoteRuns(story, passage).map((run) =>
          run.mention && highlight.has(run.mention.entity) ? (
            <mark key={run.start} data-entity={run.mention.entity}>
              {run.text}
            </mark>
          ) : (
            <span key={run.start}>{run.text}</span>
          ),
        )}
      </blockquote>
      <figcaption>
        <span className="quote-ref">Article, line {passage.line}</span>
        <span className="gloss">
          <span className="gloss-label">Our translation: </span>
          <span lang="en">{GLOSSES[passage.id] ?? ''}</span>
        </span>
      </figcaption>
    </figure>
  );
}
