import { useEffect } from 'react';

/** How long autoplay stays on a step: long enough to read a quote and its gloss aloud. */
export const AUTOPLAY_MS = 12_000;

/** While `playing`, calls `next` once the current step has been shown for AUTOPLAY_MS; every new
 * step (`step`) starts the wait again, so a step chosen by hand gets its full time. */
export function useAutoplay(playing: boolean, step: number | null, next: () => void): void {
  useEffect(() => {
    if (!playing || step === null) return;
    const timer = window.setTimeout(next, AUTOPLAY_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, next]);
}
