import type { CSSProperties, ReactNode } from 'react';
import { tokenProperty } from '../theme/tokens.ts';
import { kindOf } from '../story/relationKinds.ts';
import { sharedAttribution, type SummaryGroup } from '../wording/relationSummary.ts';
import { useMessages } from '../i18n/useMessages.ts';

interface Props {
  /** "In short: 11 relations", with what the filters hide. */
  readonly heading: ReactNode;
  readonly groups: readonly SummaryGroup[];
  /** Said under the groups: what of the answer the filters hide, say. */
  readonly children?: ReactNode;
  readonly onSelectRelation: (id: string) => void;
}

/**
 * The first block of a panel: one line per relation, who → whom: what, stated or alleged, according
 * to whom, each line a button that selects its relation. The line's edge has the colour of its
 * kind (its token's custom property) and is dashed when the claim is alleged, as its arrow is on
 * the map.
 */
export function RelationSummary({ heading, groups, children, onSelectRelation }: Props) {
  const { lang, t } = useMessages();
  return (
    <section className="summary" data-block="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">{heading}</h3>
      {groups.map((g) => {
        const shared = g.answer ? sharedAttribution(g.lines, lang) : null;
        return (
          <section key={g.key} className="summary-group" data-group={g.key} data-answer={g.answer || undefined}>
            {g.heading !== null ? <h4>{g.heading}</h4> : null}
            {shared !== null ? <p className="note summary-shared">{shared}</p> : null}
            <ul className="summary-lines">
              {g.lines.map((l) => (
                <li key={l.relation.id}>
                  <button
                    type="button"
                    className="summary-line"
                    data-relation={l.relation.id}
                    data-certainty={l.certainty}
                    style={{ '--kind': `var(${tokenProperty('kind', kindOf(l.relation))})` } as CSSProperties}
                    onClick={() => onSelectRelation(l.relation.id)}
                  >
                    <span className="summary-what">{l.what}</span>
                    <span className="summary-how">
                      <span className={`summary-certainty summary-${l.certainty}`}>{t.relation[l.certainty]}</span> ·{' '}
                      {l.source}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {children}
    </section>
  );
}
