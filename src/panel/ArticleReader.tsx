import { messagesFor } from '../i18n/messages.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useEffect, useRef, type CSSProperties } from 'react';
import { onActivationKey } from '../lib/activationKeys.ts';
import { UNKNOWN_TINT } from '../theme/palette.ts';
import { sentencesOf } from '../story/passageRefs.ts';
import { quoteRuns } from '../story/queries.ts';
import { type CountryRole } from '../story/roles.ts';
import { roleColor } from '../theme/roleColor.ts';
import type { EntityId, PassageId, Story } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';
import { ReadingBar } from './ReadingBar.tsx';

interface Props extends PanelContext {
  /** The map entity (country or actor) that stands for an entity, to colour its mentions. */
  readonly mapEntityOf: (id: EntityId) => EntityId | undefined;
  /** The sentences of the selection the reader follows (a country, an edge, a kind), in article
   * order; null when it follows none (nothing selected, or a sentence chosen in the text). */
  readonly follow: readonly PassageId[] | null;
  /** The sentence the reader has stepped to; null (or one not followed) is the first. */
  readonly readingAt: PassageId | null;
  readonly onReadAt: (passage: PassageId) => void;
}

// Line numbers inside the Urdu text are Urdu digits, whatever the interface's language.
const URDU_DIGITS = messagesFor('ur').number;

function mentionColor(story: Story, roles: ReadonlyMap<EntityId, CountryRole>, id: EntityId | undefined): string {
  const role = id ? roles.get(id) : undefined;
  return role ? roleColor(story, role) : UNKNOWN_TINT;
}

/** Whether the reader asked for less motion: then the text jumps to a sentence instead of gliding. */
function prefersStill(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The whole article, line by line, every mention tinted by the country it names (organisations and
 * topics in grey). Each sentence is a button: choosing it shows on the map what it evidences. It
 * follows the map: the sentences of a selected country, edge or kind are marked, and the reader
 * steps through them, the current one marked and scrolled into view.
 */
export function ArticleReader({ story, roles, selection, onSelect, mapEntityOf, follow, readingAt, onReadAt }: Props) {
  const { lang, t } = useMessages();
  const lines = new Map<number, Story['passages'][number][]>();
  for (const p of story.passages) lines.set(p.line, [...(lines.get(p.line) ?? []), p]);
  const choose = (id: string) => onSelect({ kind: 'passage', id });
  const chosen = new Set(selection?.kind === 'passage' ? sentencesOf(story, selection.id).map((p) => p.id) : []);
  const followed = new Set(follow ?? []);
  const index = follow ? Math.max(0, follow.indexOf(readingAt ?? '')) : -1;
  const current = follow?.[index];
  const textRef = useRef<HTMLDivElement>(null);
  // A new selection, or a step, brings its sentence into view (the reader keeps their place
  // otherwise: a change of filters does not move the text).
  const selectionKey = `${selection?.kind ?? ''}:${selection?.id ?? ''}`;
  useEffect(() => {
    if (current === undefined) return;
    const el = textRef.current?.querySelector<HTMLElement>(`.sentence[data-passage="${current}"]`);
    el?.scrollIntoView({ block: 'center', behavior: prefersStill() ? 'auto' : 'smooth' });
  }, [current, selectionKey]);
  return (
    <section className="panel-body article-reader" aria-labelledby="reader-title">
      <h2 id="reader-title" tabIndex={-1}>
        {t.reader.title}
      </h2>
      <p className="note">{t.reader.note}</p>
      {follow && selection ? (
        <ReadingBar story={story} selection={selection} sentences={follow} index={index} onReadAt={onReadAt} />
      ) : null}
      <div className="article-text" lang="ur" dir="rtl" ref={textRef}>
        {[...lines].map(([line, passages]) => (
          <p key={line} className="article-line" data-line={line}>
            <span className="line-no" aria-hidden="true">
              {URDU_DIGITS(line)}
            </span>
            <span className="visually-hidden" lang={lang}>
              {t.reader.line(line)}
            </span>
            {passages.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ' ' : null}
                <span
                  role="button"
                  tabIndex={0}
                  className="sentence"
                  data-passage={p.id}
                  data-followed={followed.has(p.id) || undefined}
                  aria-current={p.id === current || undefined}
                  aria-pressed={chosen.has(p.id)}
                  onClick={() => choose(p.id)}
                  onKeyDown={onActivationKey(() => choose(p.id))}
                >
                  {quoteRuns(story, p).map((run) =>
                    run.mention ? (
                      <span
                        key={run.start}
                        className="reader-mention"
                        data-entity={run.mention.entity}
                        style={
                          { '--mention': mentionColor(story, roles, mapEntityOf(run.mention.entity)) } as CSSProperties
                        }
                      >
                        {run.text}
                      </span>
                    ) : (
                      <span key={run.start}>{run.text}</span>
                    ),
                  )}
                </span>
              </span>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
