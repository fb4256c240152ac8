import { useLayoutEffect, type RefObject } from 'react';
import { fitScale } from './fitScale.ts';

/** The custom property a step's type sizes are multiplied by (see presentation.css). */
const FIT_PROPERTY = '--step-fit';

/**
 * Scales a step's type so that the whole step fits its scrolling box, like a slide: a clicker cannot
 * scroll, so nothing may be below the fold. Fitted again when the box changes size (a window
 * resized, fullscreen, the map's timeline growing) and when the web fonts come in (Nastaliq is much
 * taller than its fallback), but not when the teacher opens the step's "more" (that is read on
 * purpose, and scrolls). `key` names the content: a new step is fitted from the full size again.
 */
export function useFitStep(ref: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.closest<HTMLElement>('.panel-scroll');
    if (!el || !box) return;
    let last = { width: -1, height: -1 };
    const fit = () => {
      const more = el.querySelector('details.step-more');
      // Measured with "more" folded: an open one is the teacher's choice to read on, below the fold.
      if (more instanceof HTMLDetailsElement && more.open) return;
      const fits = (scale: number) => {
        el.style.setProperty(FIT_PROPERTY, String(scale));
        return box.scrollHeight <= box.clientHeight + 1;
      };
      const scale = fitScale(fits);
      el.style.setProperty(FIT_PROPERTY, String(scale));
      el.dataset['fit'] = scale.toFixed(2);
    };
    fit();
    let live = true;
    void document.fonts.ready.then(() => live && fit());
    const ro = new ResizeObserver(([entry]) => {
      const size = entry?.contentRect;
      if (!size || (size.width === last.width && size.height === last.height)) return;
      last = { width: size.width, height: size.height };
      fit();
    });
    ro.observe(box);
    return () => {
      live = false;
      ro.disconnect();
    };
  }, [ref, key]);
}
