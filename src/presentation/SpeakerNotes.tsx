import { langAttributes, markDocument, type Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { useMessages } from '../i18n/useMessages.ts';
import './presentation.css';
import '../panel/panel.css';
import { useEffect, useRef, useState } from 'react';
import { readSession, writeSession } from '../lib/safeStorage.ts';
import { Quote } from '../panel/Quote.tsx';
import type { Story } from '../story/types.ts';
import { openNotesChannel, type NotesMessage } from './notesChannel.ts';
import { notesKeyAction } from './storyKeys.ts';
import { StepMiniMap } from './StepMiniMap.tsx';
import { useStepShapes } from './useStepShapes.ts';

// Where the notes window keeps the time it first opened, for this tab only: S pressed again in the
// presenting window (or a reload of this one) does not start the clock again.
const startedKey = (slug: string) => `urdu-story-map:notes-started:${slug}`;

/** The time the notes first opened in this tab, kept across reloads; now, the first time. */
function startedAt(slug: string): number {
  const kept = Number(readSession(startedKey(slug)));
  if (Number.isFinite(kept) && kept > 0 && kept <= Date.now()) return kept;
  const now = Date.now();
  writeSession(startedKey(slug), String(now));
  return now;
}

interface Props {
  readonly story: Story;
  /** The step the window was opened on (0-based), until the presenting window says otherwise. */
  readonly initialStep: number;
}

// The time of day and the time since, in the language's digits ("۰۹:۰۵" in Urdu).
const clock = (d: Date, lang: Lang) =>
  d.toLocaleTimeString(lang === 'ur' ? 'ur-PK-u-nu-arabext' : [], { hour: '2-digit', minute: '2-digit' });
const elapsed = (ms: number, t: Messages) => {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => t.number(n).padStart(2, t.number(0));
  return `${two(Math.floor(s / 60))}:${two(s % 60)}`;
};

/**
 * The speaker notes window (opened with S in story mode): the current step's key quote with our
 * gloss, its question for the class, the next step's title with a small preview of its map, the time
 * and the time since the notes first opened. It follows the presenting window and drives it, with
 * its buttons or the same clicker keys (→, PageDown, Space; ←, PageUp), over a same-origin
 * BroadcastChannel.
 */
export function SpeakerNotes({ story, initialStep }: Props) {
  const { lang, t } = useMessages();
  const m = t.notes;
  const [step, setStep] = useState<number | null>(initialStep);
  const [now, setNow] = useState(() => new Date());
  // When the notes first opened, for the "time since" clock (kept across S pressed again, a reload).
  const [started] = useState(() => startedAt(story.slug));
  const shapes = useStepShapes(story);
  const channel = useRef<ReturnType<typeof openNotesChannel>>(null);
  const [supported] = useState(() => typeof BroadcastChannel !== 'undefined');
  useEffect(() => {
    const c = openNotesChannel(story.slug, (m: NotesMessage) => {
      if (m.type === 'step') setStep(m.step);
    });
    channel.current = c;
    c?.post({ type: 'hello' });
    return () => c?.close();
  }, [story.slug]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    document.title = m.documentTitle(story.meta.title[lang]);
    markDocument(document.documentElement, lang);
  }, [story, lang, m]);

  // The clicker in the teacher's hand drives the presentation from this window too.
  const latestStep = useRef(step);
  useEffect(() => {
    latestStep.current = step;
  }, [step]);
  // Asked of the presenting window, and taken at once here (it answers with the same step): a second
  // press before its answer must count from the step asked for, not from the one before it.
  const go = (to: number) => {
    if (to < 0 || to >= story.steps.length) return;
    latestStep.current = to;
    setStep(to);
    channel.current?.post({ type: 'go', step: to });
  };
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action = notesKeyAction({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        shiftKey: e.shiftKey,
      });
      const at = latestStep.current;
      if (!action || at === null) return;
      e.preventDefault();
      goRef.current(action === 'next' ? at + 1 : at - 1);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const other: Lang = lang === 'en' ? 'ur' : 'en';
  const current = step === null ? undefined : story.steps[step];
  const next = step === null ? undefined : story.steps[step + 1];
  return (
    <div className="app speaker-notes" data-step={step === null ? undefined : step + 1}>
      <header className="notes-bar">
        <span className="notes-clock" aria-label={m.time}>
          {clock(now, lang)}
        </span>
        <span className="notes-elapsed" aria-label={m.since}>
          {elapsed(now.getTime() - started, t)}
        </span>
        {!supported ? <span className="notes-warning">{m.unsupported}</span> : null}
      </header>
      <main className="notes-main">
        {current && step !== null ? (
          <>
            <p className="kicker">{t.story.stepOf(step + 1, story.steps.length)}</p>
            <h1>{current.title[lang]}</h1>
            {(() => {
              const passage = story.passages.find((p) => p.id === current.passages[0]);
              return passage ? (
                <Quote
                  story={story}
                  passage={passage}
                  highlight={new Set()}
                  wordings={[]}
                  onSelectEntity={() => undefined}
                />
              ) : null;
            })()}
            <h2>{m.ask}</h2>
            {current.note ? (
              <>
                <p className="notes-question">{current.note[lang]}</p>
                <p className="notes-question" {...langAttributes(other)}>
                  {current.note[other]}
                </p>
              </>
            ) : (
              <p className="notes-question">{m.noNote}</p>
            )}
            <div className="notes-next">
              <p>{m.next(next ? next.title[lang] : null)}</p>
              {next ? (
                <StepMiniMap
                  story={story}
                  step={step + 1}
                  shapes={shapes?.[next.id]}
                  label={m.preview(next.title[lang])}
                />
              ) : null}
            </div>
            <nav className="notes-controls" aria-label={m.drive}>
              <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
                {m.previous}
              </button>
              <button type="button" onClick={() => go(step + 1)} disabled={!next}>
                {m.nextButton}
              </button>
            </nav>
          </>
        ) : (
          <p>{m.notInStory}</p>
        )}
      </main>
    </div>
  );
}
