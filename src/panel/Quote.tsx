import { onActivationKey } from '../lib/activationKeys.ts';
import { quoteRuns } from '../story/queries.ts';
import type { EntityId, Passage, Span, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly passage: Passage;
  /** Mentions of these entities are highlighted. */
  readonly highlight: ReadonlySet<EntityId>;
  /** The article's own words for a relation, underlined where they fall in this passage. */
  readonly wording?: Span | undefined;
  readonly onSelectEntity: (id: EntityId) => void;
}

/** Cuts a run of plain text where the wording span starts and ends, so it can be underlined. */
function splitAtWording(text: string, start: number, wording: Span | undefined): { text: string; start: number; inWording: boolean }[] {
  if (!wording) return [{ text, start, inWording: false }];
  const end = start + text.length;
  const cuts = [start, Math.max(start, Math.min(end, wording.start)), Math.max(start, Math.min(end, wording.end)), end];
  const out: { text: string; start: number; inWording: boolean }[] = [];
  for (let i = 0; i < 3; i++) {
    const a = cuts[i] ?? start;
    const b = cuts[i + 1] ?? end;
    if (b > a) out.push({ text: text.slice(a - start, b - start), start: a, inWording: i === 1 });
  }
  return out;
}

/**
 * One passage quoted verbatim (every character sliced from the article), right to left in Nastaliq,
 * with its mentions as buttons that select their entity (the selected one's highlighted), its line
 * in the article, and our English gloss labelled as ours.
 */
export function Quote({ story, passage, highlight, wording, onSelectEntity }: Props) {
  const gloss = story.glosses[passage.id];
  return (
    <figure className="quote" data-passage={passage.id}>
      <blockquote lang="ur" dir="rtl" className="quote-ur">
        {quoteRuns(story, passage).map((run) => {
          if (run.mention) {
            const id = run.mention.entity;
            const on = highlight.has(id);
            const inWording = wording !== undefined && run.start >= wording.start && run.start + run.text.length <= wording.end;
            // A span with the button role, not a <button>: a button is an unbreakable box, and a
            // six-word mention would push whole lines of Nastaliq apart.
            return (
              <span
                key={run.start}
                role="button"
                tabIndex={0}
                className={`mention${on ? ' hl' : ''}${inWording ? ' wording' : ''}`}
                data-entity={id}
                onClick={() => onSelectEntity(id)}
                onKeyDown={onActivationKey(() => onSelectEntity(id))}
                title={`Select ${story.entities.find((e) => e.id === id)?.names.en ?? id}`}
              >
                {on ? <mark>{run.text}</mark> : run.text}
              </span>
            );
          }
          return splitAtWording(run.text, run.start, wording).map((part) =>
            part.inWording ? (
              <span key={part.start} className="wording">
                {part.text}
              </span>
            ) : (
              <span key={part.start}>{part.text}</span>
            ),
          );
        })}
      </blockquote>
      <figcaption>
        <span className="quote-ref">Article, line {passage.line}</span>
        {gloss !== undefined ? (
          <span className="gloss">
            <span className="gloss-label">Our translation: </span>
            <span lang="en">{gloss}</span>
          </span>
        ) : (
          <span className="gloss gloss-missing">No English gloss yet.</span>
        )}
      </figcaption>
    </figure>
  );
}
