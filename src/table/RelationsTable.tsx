import './table.css';
import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { contextDateText, nameIn } from '../wording/describe.ts';
import { typeLabel } from '../wording/relationWords.ts';
import { attribution } from '../wording/relationSummary.ts';
import type { Selection } from '../state/viewState.ts';
import type { Relation, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The relations the filters let through, as the map draws them. */
  readonly visible: readonly Relation[];
  readonly selection: Selection;
  readonly onSelect: (selection: Exclude<Selection, null>) => void;
  readonly onClose: () => void;
}

/**
 * The map's data as a table: one row per drawn relation, from whom, what, to whom, stated or
 * alleged, who says so, when, and the article's lines that evidence it (each a way to its
 * sentences in the panel). The alternative to the arrows for screen readers and for anyone who
 * would rather read rows; in the reader's language, the article's own words in Urdu.
 */
export function RelationsTable({ story, visible, selection, onSelect, onClose }: Props) {
  const { lang, t } = useMessages();
  const m = t.table;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened (from the skip link, the header, or the address): the reader starts at its heading.
  useEffect(() => headingRef.current?.focus(), []);
  const lineOf = new Map(story.passages.map((p) => [p.id, p.line]));
  const entity = (id: string) => (
    <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id })}>
      {nameIn(story, id, lang)}
    </button>
  );
  return (
    <section
      className="relations-table"
      id="relations-table"
      aria-labelledby="relations-table-title"
      data-testid="relations-table"
    >
      <header className="relations-table-header">
        <h2 id="relations-table-title" tabIndex={-1} ref={headingRef}>
          {m.title}
        </h2>
        <button type="button" className="pill" onClick={onClose}>
          {m.hide}
        </button>
      </header>
      <div className="relations-table-scroll">
        <table>
          <caption>{m.caption(visible.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.from}</th>
              <th scope="col">{m.relation}</th>
              <th scope="col">{m.to}</th>
              <th scope="col">{m.certainty}</th>
              <th scope="col">{m.assertedBy}</th>
              <th scope="col">{m.date}</th>
              <th scope="col">{m.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => {
              const wording = story.article.slice(r.wording.start, r.wording.end);
              const selected = selection?.kind === 'relation' && selection.id === r.id;
              return (
                <tr key={r.id} data-relation={r.id} data-selected={selected || undefined}>
                  <td>{entity(r.source)}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-pressed={selected}
                      onClick={() => onSelect({ kind: 'relation', id: r.id })}
                    >
                      {lang === 'en' ? typeLabel(story, r.type, lang) : wording}
                    </button>
                  </th>
                  <td>{entity(r.target)}</td>
                  <td data-certainty={r.alleged ? 'alleged' : 'stated'}>
                    {r.alleged ? t.relation.Alleged : t.relation.Stated}
                  </td>
                  <td>{attribution(story, r, lang)}</td>
                  <td>
                    {r.dates.map((d) => (
                      <span key={d.start} className="relations-table-date">
                        {lang === 'en' ? `${d.en} ` : null}
                        <span lang="ur" dir="rtl">
                          {lang === 'en'
                            ? `(${story.article.slice(d.start, d.end)})`
                            : story.article.slice(d.start, d.end)}
                        </span>
                      </span>
                    ))}
                    {r.dates.length === 0 && r.contextDate ? (
                      <span className="relations-table-date">
                        {contextDateText(r.contextDate, lang)} ({t.relation.contextShort})
                      </span>
                    ) : null}
                    {r.dates.length === 0 && !r.contextDate ? m.noDate : null}
                  </td>
                  <td>
                    <ul className="relations-table-lines">
                      {r.evidence.map((pid) => (
                        <li key={pid}>
                          <button type="button" className="link" onClick={() => onSelect({ kind: 'passage', id: pid })}>
                            {m.line(lineOf.get(pid) ?? 0)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
