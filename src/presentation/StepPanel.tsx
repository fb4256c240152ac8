import { useRef } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { useFitStep } from './useFitStep.ts';
import { langAttributes } from '../i18n/lang.ts';
import './presentation.css';
import { Quote } from '../panel/Quote.tsx';
import { mapEntityFor, type Focus } from '../state/focus.ts';
import type { EntityId, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The step shown, 0-based. */
  readonly step: number;
  /** What the step emphasises: its mentions are highlighted in the quotes. */
  readonly focus: Focus | null;
  readonly onSelectEntity: (id: EntityId) => void;
}

/**
 * One step of the classroom telling, set like a slide for the back of the room: its title in English
 * and Urdu, then at once the article's own sentences it rests on, verbatim, with the step's places
 * marked and our English gloss under each (the evidence is what must be on screen). Our short
 * telling in both languages, labelled as ours, and the teacher's question fold into a "more" the
 * teacher can open. The type shrinks until the step fits its box (useFitStep): a clicker cannot scroll.
 */
export function StepPanel({ story, step: index, focus, onSelectEntity }: Props) {
  const { lang, t } = useMessages();
  const m = t.story;
  const ref = useRef<HTMLElement>(null);
  useFitStep(ref, `${story.slug}:${index}:${lang}`);
  const step = story.steps[index];
  if (!step) return null;
  const other = lang === 'en' ? 'ur' : 'en';
  const relations = story.relations.filter((r) => step.relations.includes(r.id));
  // A step's places are marked in its quotes, and so is what stands for them (the White House for
  // the United States, Tehran for Iran): the class sees who acts, whatever name the article uses.
  const focused = focus?.entities ?? new Set<EntityId>();
  const highlight = new Set(
    story.entities
      .filter((e) => {
        const place = mapEntityFor(story, e.id);
        return focused.has(e.id) || (place !== undefined && focused.has(place));
      })
      .map((e) => e.id),
  );
  return (
    <section ref={ref} className="panel-body step-panel" aria-labelledby="step-title" data-step={index + 1}>
      <p className="kicker">{m.stepOf(index + 1, story.steps.length)}</p>
      <h2 id="step-title" tabIndex={-1}>
        {step.title[lang]}
      </h2>
      {/* The title in the other language under it: the class may read either. */}
      <p className="step-title-other" {...langAttributes(other)}>
        {step.title[other]}
      </p>
      {step.passages.map((pid) => {
        const passage = story.passages.find((p) => p.id === pid);
        if (!passage) return null;
        const wordings = relations.flatMap((r) => (r.wording.passage === pid ? [r.wording] : []));
        return (
          <Quote
            key={pid}
            story={story}
            passage={passage}
            highlight={highlight}
            wordings={wordings}
            onSelectEntity={onSelectEntity}
          />
        );
      })}
      <details className="step-more">
        <summary>{step.note ? m.moreWithNote : m.more}</summary>
        <h3 className="step-in-short">{m.inShort}</h3>
        <p className="step-text">{step.text[lang]}</p>
        <p className="step-text-other" {...langAttributes(other)}>
          {step.text[other]}
        </p>
        <p className="step-ours">{m.ours}</p>
        {step.note ? (
          <>
            <h3 className="step-in-short">{m.forTeacher}</h3>
            <p className="step-note">{step.note[lang]}</p>
            <p className="step-note" {...langAttributes(other)}>
              {step.note[other]}
            </p>
          </>
        ) : null}
      </details>
    </section>
  );
}
