/** Whether the page is in fullscreen now. */
export function isFullscreen(): boolean {
  return document.fullscreenElement !== null;
}

/**
 * Enters fullscreen, or leaves it. The Fullscreen API may be missing (an iframe without
 * allow="fullscreen", an old browser) or refuse (no user gesture): the presentation carries on
 * in the window, and the returned promise says whether the switch happened.
 */
export async function toggleFullscreen(element: Element = document.documentElement): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (typeof element.requestFullscreen === 'function' && document.fullscreenEnabled)
      await element.requestFullscreen();
    else return false;
    return true;
  } catch {
    return false;
  }
}
