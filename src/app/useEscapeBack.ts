import { useCallback, useLayoutEffect, useRef } from 'react';
import type { ViewActions } from '../state/viewActions.ts';
import type { Selection, SelectHow } from '../state/viewState.ts';

/**
 * Escape steps back from anywhere, as in any map or dialog: from a selection to what was under it
 * (the overview, or the story's step), then out of story mode. After a choice made on the map with
 * the keyboard (which sent focus to the panel's heading), it also brings focus back to the place or
 * arrow the choice was made on. Returns the map's handler for a choice, which notes how it was made.
 */
export function useEscapeBack(
  act: Pick<ViewActions, 'back' | 'selectOnMap'>,
): (selection: Exclude<Selection, null>, how?: SelectHow) => void {
  const { back, selectOnMap } = act;
  const returnTo = useRef<HTMLElement | null>(null);
  // Listened for from the commit that draws the page (a layout effect): React runs a first render's
  // passive effects in a later task, and a key pressed in between (as soon as the panel showed) was lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      back();
      const to = returnTo.current;
      returnTo.current = null;
      // Only while focus is still in the panel: a reader who has moved on keeps their place. After the
      // task: the panel's answer to Escape is committed first, and it may take the heading away.
      if (to && document.getElementById('panel')?.contains(document.activeElement))
        setTimeout(() => to.isConnected && to.focus(), 0);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [back]);
  return useCallback(
    (selection: Exclude<Selection, null>, how?: SelectHow) => {
      const from = document.activeElement;
      returnTo.current = how === 'keyboard' && from instanceof HTMLElement ? from : null;
      selectOnMap(selection, how);
    },
    [selectOnMap],
  );
}
