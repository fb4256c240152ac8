import './print.css';
import { memo } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { langAttributes } from '../i18n/lang.ts';
import { LineSwatch } from '../legend/LineSwatch.tsx';
import { kindsOfStory } from '../story/relationKinds.ts';
import { kindLabel } from '../wording/relationWords.ts';
import { roleColor } from '../theme/roleColor.ts';
import type { Story } from '../story/types.ts';
import { colorCss, kindCss } from '../theme/palette.ts';
import { StepMiniMap } from './StepMiniMap.tsx';
import { useStepShapes } from './useStepShapes.ts';

interface Props {
  readonly story: Story;
  /** Cut the small maps' outlines now: the page is idle (the big map is drawn), or a print was asked for. */
  readonly prepare: boolean;
}

/**
 * The handout a teacher prints (print.css; "Download handout (PDF)" prints the same): the story's
 * title (in both languages) and the legend once, then a row for each step: a small map framed on
 * its places beside its title, its key quote verbatim (the first passage it rests on) and our
 * English gloss; the source line last. Always light ink on white paper, whatever the screen's theme. On screen it
 * is not shown. Its maps' outlines are cut in a worker when `prepare` first holds, so that a print
 * asked for later finds them drawn.
 */
export const PrintHandout = memo(function PrintHandout({ story, prepare }: Props) {
  const { lang, t } = useMessages();
  const shapes = useStepShapes(story, prepare);
  if (story.steps.length === 0) return null;
  const other = lang === 'en' ? 'ur' : 'en';
  const used = kindsOfStory(story);
  return (
    <section className="print-handout" aria-hidden="true" data-maps={shapes ? 'drawn' : 'pending'}>
      <header className="print-head">
        <h2>
          {story.meta.title[lang]} · <span {...langAttributes(other)}>{story.meta.title[other]}</span>
        </h2>
        <p>{t.print.title(story.steps.length)}</p>
      </header>
      <ul className="print-legend">
        {used.map((k) => (
          <li key={k}>
            <LineSwatch color={kindCss(k)} dashed={false} kind={k} /> {kindLabel(k, lang)}
          </li>
        ))}
        <li>
          <LineSwatch color={colorCss('claimLine')} dashed /> {t.relation.Alleged}
        </li>
        {story.roles.map((role) => (
          <li key={role.id}>
            <span className="swatch" style={{ background: roleColor(story, role) }} /> {role.label[lang]}
          </li>
        ))}
      </ul>
      <ol className="print-steps">
        {story.steps.map((step, i) => {
          const key = story.passages.find((p) => p.id === step.passages[0]);
          const gloss = key ? story.glosses[key.id] : undefined;
          return (
            <li key={step.id} data-step-id={step.id}>
              <StepMiniMap
                story={story}
                step={i}
                shapes={shapes?.[step.id]}
                label={t.story.stepLabel(i + 1, step.title[lang])}
              />
              <div className="print-step-text">
                <h3>
                  {t.number(i + 1)}. {step.title[lang]}
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
              </div>
            </li>
          );
        })}
      </ol>
      <p className="print-source">{t.print.source(story.meta.source[lang])}</p>
    </section>
  );
});
