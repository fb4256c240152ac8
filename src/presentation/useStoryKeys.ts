import { useEffect, useRef } from 'react';
import { storyKeyAction, type StoryKeyAction } from './storyKeys.ts';

/** Listens for story-mode keys on the window while `active`, and hands each action to `onAction`. */
export function useStoryKeys(active: boolean, onAction: (action: StoryKeyAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  }, [onAction]);
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = storyKeyAction({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        targetTag: target?.tagName,
        targetEditable: target !== null && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'),
      });
      if (!action) return;
      // Space and PageDown would scroll the page, arrows the panel: the key is the story's now.
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
