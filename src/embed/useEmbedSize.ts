import { useEffect } from 'react';
import { isFramesInit, sizeMessage } from './sizeMessage.ts';

/**
 * In a frame, tells the host page the content's height on load and on every change of it (a
 * selection opens a longer panel, the frame narrows and the text wraps), without waiting for a
 * handshake, as real host libraries send none. The height is not a secret: it goes to any parent.
 */
export function useEmbedSize(active: boolean): void {
  useEffect(() => {
    if (!active || window.parent === window) return;
    let last = -1;
    // The app's own height, not the document's: a document is never shorter than its frame, so
    // measuring it would let the frame grow but never shrink back.
    const app = document.querySelector('.app');
    const post = (again = false) => {
      const height = app ? app.getBoundingClientRect().height : document.documentElement.scrollHeight;
      if (height === last && !again) return;
      last = height;
      try {
        window.parent.postMessage(sizeMessage(height), '*');
      } catch {
        // A parent that cannot be reached keeps its own height; the map still works inside it.
      }
    };
    const ro = new ResizeObserver(() => post());
    ro.observe(app ?? document.documentElement);
    post();
    // A host library that starts watching after our first post (@newswire/frames observing a frame
    // added later) says so with `frames-init`: it is told the height again. Only the parent is heard.
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isFramesInit(event.data)) post(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      ro.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [active]);
}
