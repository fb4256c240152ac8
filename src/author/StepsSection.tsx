import type { Lang } from '../i18n/lang.ts';
import type { AuthorText } from './authorText.ts';
import { stepFor, type Draft, type DraftAction } from './draft.ts';

interface Props {
  readonly t: AuthorText;
  readonly lang: Lang;
  readonly draft: Draft;
  readonly dispatch: (action: DraftAction) => void;
}

/** The story's steps for the classroom, in order: each with its title and telling in both languages
 * and the relations it adds (its quotes and camera follow from them). */
export function StepsSection({ t, lang, draft, dispatch }: Props) {
  const steps = draft.source.steps ?? [];
  const { relations, entities } = draft.source;
  const name = (id: string) => entities.find((e) => e.id === id)?.names[lang] ?? id;
  const add = () => {
    let n = steps.length + 1;
    while (steps.some((s) => s.id === `step-${n}`)) n++;
    const empty = {
      id: `step-${n}`,
      title: { en: `Step ${n}`, ur: `مرحلہ ${n}` },
      text: { en: 'TODO', ur: 'TODO' },
      passages: [],
      relations: [],
      frame: [],
    };
    dispatch({ type: 'add-step', step: stepFor(draft, empty, []) });
  };
  return (
    <section className="author-section" aria-labelledby="author-steps-heading">
      <h2 id="author-steps-heading">{t.steps.heading}</h2>
      <p>{t.steps.intro}</p>
      {steps.length === 0 ? <p>{t.steps.none}</p> : null}
      <ol className="author-list">
        {steps.map((s, i) => {
          const field = (key: string) => `author-step-${i}-${key}`;
          return (
            <li key={s.id} id={`author-step-${i}`} tabIndex={-1} className="author-card" data-step={s.id}>
              <div className="author-card-head">
                <strong>{t.steps.step(i + 1)}</strong>
                <button
                  type="button"
                  className="pill"
                  disabled={i === 0}
                  onClick={() => dispatch({ type: 'move-step', index: i, by: -1 })}
                >
                  {t.steps.up}
                </button>
                <button
                  type="button"
                  className="pill"
                  disabled={i === steps.length - 1}
                  onClick={() => dispatch({ type: 'move-step', index: i, by: 1 })}
                >
                  {t.steps.down}
                </button>
                <button
                  type="button"
                  className="pill author-remove"
                  onClick={() => dispatch({ type: 'remove-step', index: i })}
                >
                  {t.steps.remove}
                </button>
              </div>
              <div className="author-grid">
                {(['en', 'ur'] as const).map((l) => (
                  <div key={l} className="author-pair">
                    <label htmlFor={field(`title-${l}`)}>
                      {t.steps.title} ({l === 'en' ? 'English' : 'اردو'})
                    </label>
                    <input
                      id={field(`title-${l}`)}
                      type="text"
                      lang={l}
                      dir={l === 'ur' ? 'rtl' : 'ltr'}
                      value={s.title[l]}
                      onChange={(e) =>
                        dispatch({
                          type: 'update-step',
                          index: i,
                          patch: { title: { ...s.title, [l]: e.target.value } },
                        })
                      }
                    />
                    <label htmlFor={field(`text-${l}`)}>
                      {t.steps.text} ({l === 'en' ? 'English' : 'اردو'})
                    </label>
                    <textarea
                      id={field(`text-${l}`)}
                      lang={l}
                      dir={l === 'ur' ? 'rtl' : 'ltr'}
                      rows={2}
                      value={s.text[l]}
                      onChange={(e) =>
                        dispatch({ type: 'update-step', index: i, patch: { text: { ...s.text, [l]: e.target.value } } })
                      }
                    />
                  </div>
                ))}
              </div>
              <fieldset className="author-checks">
                <legend>{t.steps.relations}</legend>
                {relations.map((r) => (
                  <label key={r.id} className="author-check">
                    <input
                      type="checkbox"
                      checked={s.relations.includes(r.id)}
                      onChange={(e) => {
                        const chosen = e.target.checked
                          ? [...s.relations, r.id]
                          : s.relations.filter((x) => x !== r.id);
                        const next = stepFor(draft, s, chosen);
                        dispatch({
                          type: 'update-step',
                          index: i,
                          patch: { relations: next.relations, passages: next.passages, frame: next.frame },
                        });
                      }}
                    />{' '}
                    {name(r.source)} {lang === 'ur' ? '←' : '→'} {name(r.target)} ({r.id})
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="pill author-primary" onClick={add}>
        {t.steps.add}
      </button>
    </section>
  );
}
