import { useEffect, useRef } from 'react';
import { openNotesChannel } from './notesChannel.ts';

/**
 * The presenting window's side of the speaker notes: it tells the notes window every step it moves
 * to (and answers a newly opened one), and goes where the notes window asks.
 */
export function useNotesChannel(slug: string, step: number | null, onGo: (step: number) => void): void {
  const latest = useRef({ step, onGo });
  useEffect(() => {
    latest.current = { step, onGo };
  }, [step, onGo]);
  const channel = useRef<ReturnType<typeof openNotesChannel>>(null);
  useEffect(() => {
    const c = openNotesChannel(slug, (m) => {
      if (m.type === 'hello') c?.post({ type: 'step', step: latest.current.step });
      else if (m.type === 'go') latest.current.onGo(m.step);
    });
    channel.current = c;
    return () => {
      c?.close();
      channel.current = null;
    };
  }, [slug]);
  useEffect(() => {
    channel.current?.post({ type: 'step', step });
  }, [step]);
}

// The notes window this page opened: S again brings it to the front rather than loading it afresh
// (which would restart its clock). After a reload of this page the reference is gone; the window is
// then loaded again by name, and keeps its clock through its own session storage (SpeakerNotes.tsx).
let notesWindow: Window | null = null;

/** Opens the speaker notes window for this story at this step (a named window: S again reuses it). */
export function openSpeakerNotes(step: number): void {
  if (notesWindow && !notesWindow.closed) {
    notesWindow.focus();
    return;
  }
  const params = new URLSearchParams(window.location.search);
  params.set('notes', '1');
  params.set('step', String(step + 1));
  for (const key of ['focus', 'relation', 'passage', 'kind', 'q', 'at']) params.delete(key);
  notesWindow = window.open(
    `${window.location.pathname}?${params.toString()}`,
    'speaker-notes',
    'popup,width=900,height=700',
  );
}
