import { useMemo } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { messagesFor } from '../i18n/messages.ts';
import { findMentions } from '../story/mentions.ts';
import { namedByPassage } from '../story/model.ts';
import type { Entity, Passage, RelationType } from '../story/types.ts';
import { RELATION_TYPES } from '../story/vocabulary.ts';
import type { AuthorText } from './authorText.ts';
import type { WordSelection } from './ArticleText.tsx';
import { newRelation, type Draft, type DraftAction } from './draft.ts';
import { suggestRelations, type NamedThing } from './suggestRelations.ts';

type RelationInput = Draft['source']['relations'][number];

interface Props {
  readonly t: AuthorText;
  readonly lang: Lang;
  readonly draft: Draft;
  readonly passages: readonly Passage[];
  readonly selection: WordSelection | null;
  readonly dispatch: (action: DraftAction) => void;
}

/** What a relation may run between: every entity but topics (what is reported, not who acts). */
function relationEnds(draft: Draft): Draft['source']['entities'] {
  return draft.source.entities.filter((e) => e.type !== 'topic');
}

/** The things a sentence may name, for the suggestions: the possible ends, each under the country it
 * stands for where it stands for one (a capital's relation is its country's). */
function thingsOf(draft: Draft): NamedThing[] {
  return relationEnds(draft).map((e) => ({ id: e.standsFor?.country ?? e.id, surfaces: e.surfaces }));
}

/** The relations of the story: suggestions to accept or reject, and each relation's ends, type,
 * evidence, wording (selected in the text), certainty and who says so. */
export function RelationsSection({ t, lang, draft, passages, selection, dispatch }: Props) {
  const { relations, entities } = draft.source;
  const words = messagesFor(lang).relation.type;
  // From the first to the second in reading order: right to left in Urdu.
  const arrow = lang === 'ur' ? '←' : '→';
  const name = (id: string) => entities.find((e) => e.id === id)?.names[lang] ?? id;
  const suggestions = useMemo(
    () =>
      suggestRelations(draft.article, passages, thingsOf(draft)).filter(
        (s) =>
          !draft.rejected.includes(s.id) &&
          !relations.some(
            (r) =>
              r.source === s.source && r.target === s.target && r.type === s.type && r.evidence.includes(s.passage),
          ),
      ),
    [draft, passages, relations],
  );
  const update = (index: number, patch: Partial<RelationInput>) => dispatch({ type: 'update-relation', index, patch });
  const selected = selection?.passage
    ? { passage: selection.passage.id, phrase: draft.article.slice(selection.start, selection.end) }
    : null;
  const ends = relationEnds(draft);
  // What each sentence names (a capital or ministry counting for its country), to ask for the reason
  // where a relation's evidence refers to an end without naming it.
  const named = useMemo(() => {
    const all = entities as readonly Entity[];
    return namedByPassage(all, findMentions(draft.article, all, passages));
  }, [draft.article, entities, passages]);

  return (
    <section className="author-section" aria-labelledby="author-relations-heading">
      <h2 id="author-relations-heading">{t.relations.heading}</h2>
      <h3>{t.relations.suggestions}</h3>
      {suggestions.length === 0 ? (
        <p>{t.relations.noSuggestions}</p>
      ) : (
        <ul className="author-list" aria-label={t.relations.suggestions}>
          {suggestions.map((s) => {
            const phrase = draft.article.slice(s.phrase.start, s.phrase.end);
            return (
              <li key={s.id} className="author-suggestion" data-suggestion={s.id}>
                <span>
                  {t.relations.suggestion(words[s.type], name(s.source), name(s.target), s.passage)}:{' '}
                  <q lang="ur">{phrase}</q>
                </span>
                <button
                  type="button"
                  className="pill"
                  onClick={() => dispatch({ type: 'add-relation', relation: newRelation(draft, { ...s, phrase }) })}
                >
                  {t.relations.accept}
                </button>
                <button
                  type="button"
                  className="pill"
                  onClick={() => dispatch({ type: 'reject-suggestion', id: s.id })}
                >
                  {t.relations.reject}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {relations.length === 0 ? <p>{t.relations.none}</p> : null}
      <ol className="author-list">
        {relations.map((r, i) => {
          const field = (key: string) => `author-relation-${i}-${key}`;
          const evidence = r.evidence[0] ?? '';
          return (
            <li key={i} id={`author-relation-${i}`} tabIndex={-1} className="author-card" data-relation={r.id}>
              <div className="author-card-head">
                <strong>
                  {name(r.source)} {arrow} {name(r.target)}
                </strong>{' '}
                <span className="author-tag">{words[r.type]}</span>
                <button
                  type="button"
                  className="pill author-remove"
                  onClick={() => dispatch({ type: 'remove-relation', index: i })}
                >
                  {t.relations.remove}
                </button>
              </div>
              <div className="author-grid">
                <label htmlFor={field('source')}>{t.relations.from}</label>
                <select
                  id={field('source')}
                  value={r.source}
                  onChange={(e) =>
                    update(i, {
                      source: e.target.value,
                      impliedEnds: (r.impliedEnds ?? []).filter(
                        (x) => x.entity === e.target.value || x.entity === r.target,
                      ),
                    })
                  }
                >
                  {ends.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.names[lang]}
                    </option>
                  ))}
                </select>
                <label htmlFor={field('target')}>{t.relations.to}</label>
                <select
                  id={field('target')}
                  value={r.target}
                  onChange={(e) =>
                    update(i, {
                      target: e.target.value,
                      impliedEnds: (r.impliedEnds ?? []).filter(
                        (x) => x.entity === r.source || x.entity === e.target.value,
                      ),
                    })
                  }
                >
                  {ends.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.names[lang]}
                    </option>
                  ))}
                </select>
                <label htmlFor={field('type')}>{t.relations.type}</label>
                <select
                  id={field('type')}
                  value={r.type}
                  onChange={(e) => update(i, { type: e.target.value as RelationType })}
                >
                  {RELATION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {words[type]}
                    </option>
                  ))}
                </select>
                <label htmlFor={field('evidence')}>{t.relations.evidence}</label>
                <select
                  id={field('evidence')}
                  value={evidence}
                  onChange={(e) => {
                    const next = [e.target.value, ...r.evidence.slice(1).filter((p) => p !== e.target.value)];
                    // A reason given for another sentence no longer applies.
                    update(i, {
                      evidence: next,
                      impliedEnds: (r.impliedEnds ?? []).filter((x) => next.includes(x.passage)),
                    });
                  }}
                >
                  {passages.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.id}: {p.text.slice(0, 40)}…
                    </option>
                  ))}
                </select>
                <label htmlFor={field('wording')}>{t.relations.wording}</label>
                <span className="author-wording">
                  <output id={field('wording')} lang="ur">
                    {r.wording.phrase}
                  </output>{' '}
                  <button
                    type="button"
                    className="pill"
                    disabled={!selected}
                    onClick={() => {
                      if (!selected) return;
                      // The wording stands in an evidence passage: choosing it in another sentence makes that sentence evidence too.
                      const more = r.evidence.includes(selected.passage)
                        ? r.evidence
                        : [...r.evidence, selected.passage];
                      update(i, { wording: { in: selected.passage, phrase: selected.phrase }, evidence: more });
                    }}
                  >
                    {t.relations.useSelection}
                  </button>
                </span>
                <label htmlFor={field('label')}>{t.relations.label}</label>
                <input
                  id={field('label')}
                  type="text"
                  dir="ltr"
                  value={r.label}
                  onChange={(e) => update(i, { label: e.target.value })}
                />
              </div>
              {[r.source, r.target]
                .filter((end, k, both) => both.indexOf(end) === k && !(named.get(evidence)?.has(end) ?? false))
                .map((end) => {
                  const implied = (r.impliedEnds ?? []).find((x) => x.passage === evidence && x.entity === end);
                  const setImplied = (patch: { resolvedBy?: string[]; why?: string }) => {
                    const next = {
                      passage: evidence,
                      entity: end,
                      resolvedBy: implied?.resolvedBy ?? [],
                      why: implied?.why ?? '',
                      ...patch,
                    };
                    update(i, { impliedEnds: [...(r.impliedEnds ?? []).filter((x) => x !== implied), next] });
                  };
                  return (
                    <fieldset key={end} className="author-checks author-implied">
                      <legend>{t.relations.implied(name(end), evidence)}</legend>
                      <label htmlFor={field(`implied-${end}-by`)}>{t.relations.resolvedBy}</label>
                      <select
                        id={field(`implied-${end}-by`)}
                        value={implied?.resolvedBy[0] ?? ''}
                        onChange={(e) => setImplied({ resolvedBy: e.target.value ? [e.target.value] : [] })}
                      >
                        <option value="">—</option>
                        {passages
                          .filter((p) => named.get(p.id)?.has(end) ?? false)
                          .map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.id}
                            </option>
                          ))}
                      </select>
                      <label htmlFor={field(`implied-${end}-why`)}>{t.relations.why}</label>
                      <input
                        id={field(`implied-${end}-why`)}
                        type="text"
                        dir="ltr"
                        value={implied?.why ?? ''}
                        onChange={(e) => setImplied({ why: e.target.value })}
                      />
                    </fieldset>
                  );
                })}
              <label className="author-check">
                <input type="checkbox" checked={r.alleged} onChange={(e) => update(i, { alleged: e.target.checked })} />{' '}
                {t.relations.alleged}
              </label>
              <fieldset className="author-checks">
                <legend>{t.relations.assertedBy}</legend>
                {ends.map((e) => (
                  <label key={e.id} className="author-check">
                    <input
                      type="checkbox"
                      checked={r.assertedBy.includes(e.id)}
                      onChange={(ev) =>
                        update(i, {
                          assertedBy: ev.target.checked
                            ? [...r.assertedBy, e.id]
                            : r.assertedBy.filter((x) => x !== e.id),
                        })
                      }
                    />{' '}
                    {e.names[lang]}
                  </label>
                ))}
              </fieldset>
              <fieldset className="author-checks">
                <legend>{t.relations.context}</legend>
                {passages
                  .filter((p) => !r.evidence.includes(p.id))
                  .map((p) => (
                    <label key={p.id} className="author-check">
                      <input
                        type="checkbox"
                        checked={(r.context ?? []).includes(p.id)}
                        onChange={(ev) =>
                          update(i, {
                            context: ev.target.checked
                              ? [...(r.context ?? []), p.id]
                              : (r.context ?? []).filter((x) => x !== p.id),
                          })
                        }
                      />{' '}
                      {p.id}
                    </label>
                  ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <NewRelationButton t={t} draft={draft} passages={passages} selected={selected} dispatch={dispatch} />
    </section>
  );
}

/** Starts a relation by hand: between the first two entities, in the selected sentence (or the first),
 * its wording the selected words; the author then sets its ends and type. */
function NewRelationButton({
  t,
  draft,
  passages,
  selected,
  dispatch,
}: {
  t: AuthorText;
  draft: Draft;
  passages: readonly Passage[];
  selected: { passage: string; phrase: string } | null;
  dispatch: (a: DraftAction) => void;
}) {
  const [a, b] = relationEnds(draft);
  const passage = selected?.passage ?? passages[0]?.id;
  if (!a || !b || !passage) return null;
  const phrase = selected?.phrase ?? passages[0]?.text ?? '';
  return (
    <button
      type="button"
      className="pill author-primary"
      onClick={() =>
        dispatch({
          type: 'add-relation',
          relation: newRelation(draft, { source: a.id, target: b.id, type: 'supports', passage, phrase }),
        })
      }
    >
      {t.relations.add}
    </button>
  );
}
