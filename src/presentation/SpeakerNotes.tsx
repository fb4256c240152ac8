import { langAttributes, markDocument, type Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { useMessages } from '../i18n/useMessages.ts';
import './presentation.css';
import { useEffect, useRef, useState } from 'react';
import type { Story } from '../story/types.ts';
import { openNotesChannel, type NotesMessage } from './notesChannel.ts';

interface Props {
  readonly story: Story;
  /** The step the window was opened on (0-based), until the presenting window says otherwise. */
  readonly initialStep: number;
}

// The time of day and the time since, in the language's digits ("۰۹:۰۵" in Urdu).
const clock = (d: Date, lang: Lang) => d.toLocaleTimeString(lang === 'ur' ? 'ur-PK-u-nu-arabext' : [], { hour: '2-digit', minute: '2-digit' });
const elapsed = (ms: number, t: Messages) => {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => t.number(n).padStart(2, t.number(0));
  return `${two(Math.floor(s / 60))}:${two(s % 60)}`;
};

/**
 * The speaker notes window (opened with S in story mode): the current step's question for the
 * class, the next step's title, the time and the time since it opened. It follows the presenting
 * window and can drive it (previous / next), over a same-origin BroadcastChannel.
 */
export function SpeakerNotes({ story, initialStep }: Props) {
  const { lang, t } = useMessages();
  const m = t.notes;
  const [step, setStep] = useState<number | null>(initialStep);
  const [now, setNow] = useState(() => new Date());
  // When the notes opened, for the "time since" clock: taken once, at the first render.
  const [started] = useState(() => Date.now());
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
  const go = (to: number) => channel.current?.post({ type: 'go', step: to });
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
            <p className="notes-next">{m.next(next ? next.title[lang] : null)}</p>
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
