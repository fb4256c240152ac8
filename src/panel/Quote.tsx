import { useMessages } from '../i18n/useMessages.ts';
import { nameIn } from '../wording/describe.ts';
import { onActivationKey } from '../lib/activationKeys.ts';
import { quoteRuns } from '../story/queries.ts';
import type { EntityId, Passage, Span, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  readonly passage: Passage;
  /** Mentions of these entities are highlighted. */
  readonly highlight: ReadonlySet<EntityId>;
  /** The article's own words for the relations quoted here, underlined where they fall in this passage. */
  readonly wordings?: readonly Span[];
  readonly onSelectEntity: (id: EntityId) => void;
}

const within = (at: number, spans: readonly Span[]) => spans.some((w) => at >= w.start && at < w.end);

/** Cuts a run of plain text wherever a wording span starts or ends, so each piece is either
 * underlined or not; adjacent pieces alike are joined. */
function splitAtWording(
  text: string,
  start: number,
  wordings: readonly Span[],
): { text: string; start: number; inWording: boolean }[] {
  const end = start + text.length;
  const cuts = [
    ...new Set([start, end, ...wordings.flatMap((w) => [w.start, w.end]).filter((x) => x > start && x < end)]),
  ].sort((a, b) => a - b);
  const out: { text: string; start: number; inWording: boolean }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? start;
    const b = cuts[i + 1] ?? end;
    const inWording = within(a, wordings);
    const last = out[out.length - 1];
    if (last?.inWording === inWording)
      out[out.length - 1] = { ...last, text: last.text + text.slice(a - start, b - start) };
    else out.push({ text: text.slice(a - start, b - start), start: a, inWording });
  }
  return out;
}

/**
 * One passage quoted verbatim (every character sliced from the article), right to left in Nastaliq,
 * with its mentions as buttons that select their entity (the selected one's highlighted), its line
 * in the article, and our English gloss labelled as ours.
 */
export function Quote({ story, passage, highlight, wordings = [], onSelectEntity }: Props) {
  const { lang, t } = useMessages();
  const gloss = story.glosses[passage.id];
  return (
    <figure className="quote" data-passage={passage.id}>
      <blockquote lang="ur" dir="rtl" className="quote-ur">
        {quoteRuns(story, passage).map((run) => {
          if (run.mention) {
            const id = run.mention.entity;
            const on = highlight.has(id);
            const inWording = wordings.some((w) => run.start >= w.start && run.start + run.text.length <= w.end);
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
                title={t.panel.select(nameIn(story, id, lang))}
              >
                {on ? <mark>{run.text}</mark> : run.text}
              </span>
            );
          }
          return splitAtWording(run.text, run.start, wordings).map((part) =>
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
        <span className="quote-ref">{t.panel.articleLine(passage.line)}</span>
        {gloss !== undefined ? (
          <span className="gloss">
            <span className="gloss-label">{t.panel.ourTranslation}</span>
            <span lang="en" dir="ltr">
              {gloss}
            </span>
          </span>
        ) : (
          <span className="gloss gloss-missing">{t.panel.noGloss}</span>
        )}
      </figcaption>
    </figure>
  );
}
