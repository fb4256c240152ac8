import { useEffect, useState } from 'react';
import type { EmbedFit } from '../state/viewState.ts';
import { autoFit, embedHeight } from './embedHeight.ts';

/**
 * The embed's height (px), or null outside the embed: one height per width (see embedHeight),
 * followed when the frame is resized (a phone turned, the publisher's column narrowed). Without a
 * height in the address, whether it fills its frame or takes a share of its width is decided once,
 * from the frame it starts in.
 */
export function useEmbedHeight(active: boolean, fit: EmbedFit): number | null {
  const [auto] = useState(() => autoFit(typeof window === 'undefined' ? 0 : window.innerHeight));
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    if (!active) return;
    const resize = () =>
      setSize((prev) =>
        prev.width === window.innerWidth && prev.height === window.innerHeight
          ? prev
          : { width: window.innerWidth, height: window.innerHeight },
      );
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, [active]);
  return active ? embedHeight(fit, auto, size.width, size.height) : null;
}
