import { useEffect } from 'react';
import type { ViewState } from '../state/viewState.ts';
import type { RelationKind } from '../story/relationKinds.ts';
import { searchForState } from '../url/urlState.ts';

/** Replaces the address without a history entry; a sandboxed frame may forbid it, which is fine. */
function mirrorToUrl(state: ViewState, storyParam: string | null, storyKinds: readonly RelationKind[]): void {
  try {
    const search = searchForState(state, window.location.search, storyParam, storyKinds);
    if (search !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
  } catch {
    // The view still works; only the shareable address is not updated.
  }
}

/**
 * Keeps the address the mirror of the view state. In a task of its own, not in the commit: the address
 * is for sharing and reloading, and a click's task then ends sooner, so the frame with the reader's answer
 * (the browser gives a frame after input priority) need not wait for it. A newer state cancels a mirror
 * not yet done.
 */
export function useAddressMirror(
  view: ViewState,
  storyParam: string | null,
  storyKinds: readonly RelationKind[],
): void {
  useEffect(() => {
    const later = window.setTimeout(() => mirrorToUrl(view, storyParam, storyKinds));
    return () => window.clearTimeout(later);
  }, [view, storyParam, storyKinds]);
}
