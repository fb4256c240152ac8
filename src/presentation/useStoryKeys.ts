import { useLayoutEffect, useRef } from 'react';
import { storyKeyAction, type StoryKeyAction } from './storyKeys.ts';

/** Listens for story keys on the window (in story mode all of them; while exploring, the ones that
 * start the story and go fullscreen), and hands each action to `onAction`. */
export function useStoryKeys(mode: 'story' | 'explore' | 'off', onAction: (action: StoryKeyAction) => void): void {
  const latest = useRef(onAction);
  useLayoutEffect(() => {
    latest.current = onAction;
  }, [onAction]);
  // From the commit that draws the mode, not from a passive effect, which React may run a task later:
  // a clicker pressed as soon as a step shows must not be lost in between.
  useLayoutEffect(() => {
    if (mode === 'off') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = storyKeyAction({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        targetTag: target?.tagName,
        mode,
        // The map's canvas pans with the arrows, and its places and relations are gone through with them.
        targetInMap: target?.closest('.map-host, .map-keys') != null,
        dir: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
        targetEditable: target !== null && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'),
      });
      if (!action) return;
      // Space and PageDown would scroll the page, arrows the panel: the key is the story's now.
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode]);
}
