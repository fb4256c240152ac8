import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
}

/**
 * The handout a teacher prints (see the print rules in presentation.css): under the map as drawn,
 * each step's title in English and Urdu, its key quote verbatim (the first passage it rests on) with
 * our English gloss, and the source line. On screen it is not shown.
 */
export function PrintHandout({ story }: Props) {
  if (story.steps.length === 0) return null;
  return (
    <section className="print-handout" aria-hidden="true">
      <h2>The story in {story.steps.length} steps</h2>
      <ol>
        {story.steps.map((step) => {
          const key = story.passages.find((p) => p.id === step.passages[0]);
          const gloss = key ? story.glosses[key.id] : undefined;
          return (
            <li key={step.id} data-step-id={step.id}>
              <h3>
                {step.title.en} · <span lang="ur" dir="rtl">{step.title.ur}</span>
              </h3>
              {key ? (
                <figure>
                  <blockquote lang="ur" dir="rtl" data-passage={key.id}>
                    {key.text}
                  </blockquote>
                  <figcaption>
                    Article, line {key.line}. {gloss !== undefined ? <>Our translation: {gloss}</> : null}
                  </figcaption>
                </figure>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="print-source">
        Source: {story.meta.source.en}. Quotes are exact slices of the article; English glosses, step titles and calendar dates are ours.
      </p>
    </section>
  );
}
