/**
 * How long a lost WebGL context may take to come back before the still map takes over, in ms.
 *
 * A browser gives a context back after a GPU reset or a driver update, usually within a second,
 * when the page asks for it (MapLibre does); a context lost for good (the GPU process stays down,
 * too many contexts on the page, WEBGL_lose_context) never returns. Two seconds keeps the live map
 * through a quick restore, and leaves the reader in front of a blank map only briefly otherwise.
 */
export const CONTEXT_RESTORE_GRACE_MS = 2000;

/** What the map reports of its WebGL context; `onGone` is called at most once. */
export interface ContextWatch {
  /** The context was lost: `onGone` follows after the grace period unless it is restored first. */
  lost(): void;
  /** The context is back: the pending `onGone`, if any, is called off. */
  restored(): void;
  /** The map is going away: nothing is called any more. */
  dispose(): void;
}

/** Watches a map's WebGL context and calls `onGone` once it has been lost for `graceMs` without
 * being restored. */
export function watchContext(onGone: () => void, graceMs: number = CONTEXT_RESTORE_GRACE_MS): ContextWatch {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    lost: () => {
      // A second loss while waiting keeps the first deadline: the reader has waited since then.
      if (done || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        done = true;
        onGone();
      }, graceMs);
    },
    restored: cancel,
    dispose: () => {
      done = true;
      cancel();
    },
  };
}
