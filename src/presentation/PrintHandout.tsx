import './print.css';
import { memo } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { langAttributes } from '../i18n/lang.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
}

/**
 * The handout a teacher prints (see the print rules in print.css): under the map as drawn,
 * each step's title in English and Urdu, its key quote verbatim (the first passage it rests on) with
 * our English gloss, and the source line. On screen it is not shown. Memoised: it changes only with
 * the story and the language, not with each choice on the page.
 */
export const PrintHandout = memo(function PrintHandout({ story }: Props) {
  const { lang, t } = useMessages();
  if (story.steps.length === 0) return null;
  const other = lang === 'en' ? 'ur' : 'en';
  return (
    <section className="print-handout" aria-hidden="true">
      <h2>{t.print.title(story.steps.length)}</h2>
      <ol>
        {story.steps.map((step) => {
          const key = story.passages.find((p) => p.id === step.passages[0]);
          const gloss = key ? story.glosses[key.id] : undefined;
          return (
            <li key={step.id} data-step-id={step.id}>
              <h3>
                {step.title[lang]} · <span {...langAttributes(other)}>{step.title[other]}</span>
              </h3>
              {key ? (
                <figure>
                  <blockquote lang="ur" dir="rtl" data-passage={key.id}>
                    {key.text}
                  </blockquote>
                  <figcaption>
                    {t.panel.articleLine(key.line)}.{' '}
                    {gloss !== undefined ? (
                      <>
                        {t.panel.ourTranslation}
                        <span lang="en" dir="ltr">
                          {gloss}
                        </span>
                      </>
                    ) : null}
                  </figcaption>
                </figure>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="print-source">
        {t.print.source(story.meta.source[lang])}
      </p>
    </section>
  );
});
