import type { AuthorText } from './authorText.ts';
import type { Draft, DraftAction, MetaField } from './draft.ts';

interface Props {
  readonly t: AuthorText;
  readonly draft: Draft;
  readonly dispatch: (action: DraftAction) => void;
}

const FIELDS: readonly MetaField[] = ['title', 'summary', 'source'];

/** The story's title, summary and source line, in English and Urdu. */
export function AboutSection({ t, draft, dispatch }: Props) {
  return (
    <section className="author-section" aria-labelledby="author-about-heading">
      <h2 id="author-about-heading">{t.about.heading}</h2>
      <div className="author-grid author-grid-two">
        {FIELDS.flatMap((field) =>
          (['en', 'ur'] as const).map((lang) => {
            const id = `author-meta-${field}-${lang}`;
            return (
              <div key={id} className="author-pair">
                <label htmlFor={id}>
                  {t.about[field]} ({t.about[lang]})
                </label>
                <textarea
                  id={id}
                  lang={lang}
                  dir={lang === 'ur' ? 'rtl' : 'ltr'}
                  rows={field === 'summary' ? 3 : 1}
                  value={draft.source.meta[field][lang]}
                  onChange={(e) => dispatch({ type: 'set-meta', field, lang, value: e.target.value })}
                />
              </div>
            );
          }),
        )}
      </div>
    </section>
  );
}
