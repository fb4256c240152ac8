import { useEffect, useRef } from 'react';
import { isPymWidth, pymChildId, pymHeightMessage } from './pymMessages.ts';
import { isFramesInit, sizeMessage } from './sizeMessage.ts';

/** What iframe-resizer's child script reads of the page it runs in (its version 4 API). */
interface IframeResizerChildOptions {
  /** The height to report, asked again whenever the page might have changed. */
  readonly heightCalculationMethod: () => number;
}

/** Posts a message to the page that embeds us; a parent that cannot be reached keeps its own height. */
function tellParent(message: unknown): void {
  try {
    window.parent.postMessage(message, '*');
  } catch {
    // The map still works inside a frame of any height.
  }
}

/**
 * In a frame, tells the host page the embed's height (see useEmbedHeight) on load and whenever it
 * changes, in each of the tongues that newsrooms' embed libraries speak:
 * - the AMP convention (`{sentinel: "amp", type: "embed-size", height}`), which our embed.js,
 *   @newswire/frames and AMP's amp-iframe read; said again when a library says `frames-init`;
 * - pym.js's strings, when pym's parent made the frame (its `childId` in our address); said again
 *   when it sends the frame's width;
 * - iframe-resizer's, through its own child script (version 4, MIT), loaded only in a frame.
 * The height is not a secret: it goes to any parent. Only the parent is heard.
 */
export function useEmbedSize(height: number | null): void {
  const latest = useRef(height);
  const active = height !== null;

  useEffect(() => {
    latest.current = height;
    if (height === null || window.parent === window) return;
    tellParent(sizeMessage(height));
    const pym = pymChildId(window.location.search);
    if (pym !== null) tellParent(pymHeightMessage(pym, height));
  }, [height]);

  useEffect(() => {
    if (!active || window.parent === window) return;
    const pym = pymChildId(window.location.search);
    const onMessage = (event: MessageEvent) => {
      const now = latest.current;
      if (event.source !== window.parent || now === null) return;
      if (isFramesInit(event.data)) tellParent(sizeMessage(now));
      else if (pym !== null && isPymWidth(event.data, pym)) tellParent(pymHeightMessage(pym, now));
    };
    window.addEventListener('message', onMessage);
    // iframe-resizer's child script answers its parent's handshake itself, and reads the height from
    // us (asked again on every change it sees, and on each resize).
    const options: IframeResizerChildOptions = {
      heightCalculationMethod: () => latest.current ?? document.documentElement.offsetHeight,
    };
    (window as unknown as { iFrameResizer?: IframeResizerChildOptions }).iFrameResizer = options;
    void import('iframe-resizer/js/iframeResizer.contentWindow.js').catch(() => {
      // Without it, the other libraries' messages still size the frame.
    });
    return () => window.removeEventListener('message', onMessage);
  }, [active]);
}
