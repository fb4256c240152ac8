import type { CSSProperties } from 'react';
import { onActivationKey } from '../lib/activationKeys.ts';
import { UNKNOWN_TINT } from '../theme/palette.ts';
import { quoteRuns } from '../story/queries.ts';
import { roleColor, type CountryRole } from '../story/roles.ts';
import type { EntityId, Story } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';

interface Props extends PanelContext {
  /** The map entity (country or actor) that stands for an entity, to colour its mentions. */
  readonly mapEntityOf: (id: EntityId) => EntityId | undefined;
}

// Urdu (extended Arabic-Indic) digits for line numbers inside the Urdu text.
const URDU_DIGITS = new Intl.NumberFormat('ur-PK-u-nu-arabext');

function mentionColor(story: Story, roles: ReadonlyMap<EntityId, CountryRole>, id: EntityId | undefined): string {
  const role = id ? roles.get(id) : undefined;
  return role ? roleColor(story, role) : UNKNOWN_TINT;
}

/**
 * The whole article, line by line, every mention tinted by the country it names (organisations and
 * topics in grey). Each sentence is a button: choosing it shows on the map what it evidences.
 */
export function ArticleReader({ story, roles, selection, onSelect, mapEntityOf }: Props) {
  const lines = new Map<number, Story['passages'][number][]>();
  for (const p of story.passages) lines.set(p.line, [...(lines.get(p.line) ?? []), p]);
  const choose = (id: string) => onSelect({ kind: 'passage', id });
  return (
    <section className="panel-body article-reader" aria-labelledby="reader-title">
      <h2 id="reader-title" tabIndex={-1}>The article</h2>
      <p className="note">
        The full Urdu text, as published. Mentions are tinted by the country they name; choose a sentence to see on the map
        what it evidences.
      </p>
      <div className="article-text" lang="ur" dir="rtl">
        {[...lines].map(([line, passages]) => (
          <p key={line} className="article-line" data-line={line}>
            <span className="line-no" aria-hidden="true">
              {URDU_DIGITS.format(line)}
            </span>
            <span className="visually-hidden" lang="en">
              Line {line}:
            </span>
            {passages.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ' ' : null}
                <span
                  role="button"
                  tabIndex={0}
                  className="sentence"
                  data-passage={p.id}
                  aria-pressed={selection?.kind === 'passage' && selection.id === p.id}
                  onClick={() => choose(p.id)}
                  onKeyDown={onActivationKey(() => choose(p.id))}
                >
                  {quoteRuns(story, p).map((run) =>
                    run.mention ? (
                      <span
                        key={run.start}
                        className="reader-mention"
                        data-entity={run.mention.entity}
                        style={{ '--mention': mentionColor(story, roles, mapEntityOf(run.mention.entity)) } as CSSProperties}
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
