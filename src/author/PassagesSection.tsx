import type { Passage } from '../story/types.ts';
import type { AuthorText } from './authorText.ts';
import type { Draft, DraftAction } from './draft.ts';

interface Props {
  readonly t: AuthorText;
  readonly draft: Draft;
  readonly passages: readonly Passage[];
  readonly dispatch: (action: DraftAction) => void;
}

/** Each sentence with our English translation, and, for a sentence no relation cites, why it is still
 * part of the story. */
export function PassagesSection({ t, draft, passages, dispatch }: Props) {
  const cited = new Set(draft.source.relations.flatMap((r) => [...r.evidence, ...(r.context ?? [])]));
  const why = new Map((draft.source.unlinked ?? []).map((u) => [u.passage, u.why]));
  return (
    <section className="author-section" aria-labelledby="author-passages-heading">
      <h2 id="author-passages-heading">{t.passages.heading}</h2>
      <p>{t.passages.intro}</p>
      <ol className="author-list">
        {passages.map((p) => (
          <li key={p.id} className="author-card author-passage">
            <p lang="ur" dir="rtl" className="author-quote">
              <span className="author-tag" dir="ltr">
                {p.id}
              </span>{' '}
              {p.text}
            </p>
            <label htmlFor={`author-gloss-${p.id}`}>{t.passages.gloss(p.id)}</label>
            <textarea
              id={`author-gloss-${p.id}`}
              dir="ltr"
              lang="en"
              rows={2}
              value={draft.source.glosses[p.id] ?? ''}
              onChange={(e) => dispatch({ type: 'set-gloss', passage: p.id, text: e.target.value })}
            />
            {!cited.has(p.id) ? (
              <>
                <label htmlFor={`author-unlinked-${p.id}`}>{t.passages.unlinked(p.id)}</label>
                <input
                  id={`author-unlinked-${p.id}`}
                  type="text"
                  dir="ltr"
                  value={why.get(p.id) ?? ''}
                  onChange={(e) => dispatch({ type: 'set-unlinked', passage: p.id, why: e.target.value })}
                />
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
