import { useLayoutEffect, useRef } from 'react';
import { storyKeyAction, type StoryKeyAction } from './storyKeys.ts';

// Keys that only modify another: pressed alone they neither wake a blanked screen nor do anything.
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);

/**
 * Listens for story keys on the window (in story mode all of them; while exploring, the ones that
 * start the story and go fullscreen), and hands each action to `onAction`. While the screen is
 * blanked, any key only brings it back (`onWake`), as in reveal.js and PowerPoint.
 */
export function useStoryKeys(
  mode: 'story' | 'explore' | 'off',
  blank: boolean,
  onAction: (action: StoryKeyAction) => void,
  onWake: () => void,
): void {
  const latest = useRef({ onAction, onWake, blank });
  useLayoutEffect(() => {
    latest.current = { onAction, onWake, blank };
  }, [onAction, onWake, blank]);
  // From the commit that draws the mode, not from a passive effect, which React may run a task later:
  // a clicker pressed as soon as a step shows must not be lost in between.
  useLayoutEffect(() => {
    if (mode === 'off') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || MODIFIERS.has(e.key)) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const editable =
        target !== null &&
        (target.isContentEditable ||
          target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT');
      if (latest.current.blank && !editable) {
        e.preventDefault();
        e.stopPropagation();
        if (!e.repeat) latest.current.onWake();
        return;
      }
      if (e.repeat) return;
      const action = storyKeyAction({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        shiftKey: e.shiftKey,
        mode,
        // Before the story, the map's canvas pans with the arrows and its places are gone through with them.
        targetInMap: target?.closest('.map-host, .map-keys') != null,
        targetEditable: editable,
      });
      if (!action) return;
      // Space would press the focused button, PageDown scroll the page, arrows pan the map or move
      // among its places: the key is the story's now, so no one else sees it (this listener runs
      // first, in the capture phase at the window).
      e.preventDefault();
      e.stopPropagation();
      latest.current.onAction(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [mode]);
}
