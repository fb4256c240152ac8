import './presentation.css';
import { useEffect, useRef, useState } from 'react';
import type { Story } from '../story/types.ts';
import { openNotesChannel, type NotesMessage } from './notesChannel.ts';

interface Props {
  readonly story: Story;
  /** The step the window was opened on (0-based), until the presenting window says otherwise. */
  readonly initialStep: number;
}

const clock = (d: Date) => d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const elapsed = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The speaker notes window (opened with S in story mode): the current step's question for the
 * class, the next step's title, the time and the time since it opened. It follows the presenting
 * window and can drive it (previous / next), over a same-origin BroadcastChannel.
 */
export function SpeakerNotes({ story, initialStep }: Props) {
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
    document.title = `Speaker notes: ${story.meta.title.en}`;
  }, [story]);
  const go = (to: number) => channel.current?.post({ type: 'go', step: to });
  const current = step === null ? undefined : story.steps[step];
  const next = step === null ? undefined : story.steps[step + 1];
  return (
    <div className="app speaker-notes" data-step={step === null ? undefined : step + 1}>
      <header className="notes-bar">
        <span className="notes-clock" aria-label="Time">
          {clock(now)}
        </span>
        <span className="notes-elapsed" aria-label="Time since the notes opened">
          {elapsed(now.getTime() - started)}
        </span>
        {!supported ? <span className="notes-warning">This browser cannot follow the presenting window.</span> : null}
      </header>
      <main className="notes-main">
        {current && step !== null ? (
          <>
            <p className="kicker">
              Step {step + 1} of {story.steps.length}
            </p>
            <h1>{current.title.en}</h1>
            <h2>Ask the class</h2>
            {current.note ? (
              <>
                <p className="notes-question">{current.note.en}</p>
                <p className="notes-question" lang="ur" dir="rtl">
                  {current.note.ur}
                </p>
              </>
            ) : (
              <p className="notes-question">No note for this step.</p>
            )}
            <p className="notes-next">Next: {next ? next.title.en : 'the end of the story'}</p>
            <nav className="notes-controls" aria-label="Drive the presentation">
              <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
                ← Previous
              </button>
              <button type="button" onClick={() => go(step + 1)} disabled={!next}>
                Next →
              </button>
            </nav>
          </>
        ) : (
          <p>The presenting window is not in story mode.</p>
        )}
      </main>
    </div>
  );
}
