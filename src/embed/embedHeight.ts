import type { EmbedFit } from '../state/viewState.ts';

/** The share of its width an embed takes by default, and the one the share dialog offers: 1.2 times as
 * tall as wide (a phone's column of text). */
export const EMBED_ASPECT = 1.2;

// A frame shorter than this was given no height by its page (150 px is the browser's default for an
// iframe, and what pym.js and iframe-resizer start a frame at): it is not one to fill.
const GIVEN_HEIGHT_MIN = 200;

/** How an embed with no height in its address sizes itself, decided once when it starts: it fills
 * the frame it was given (`fill`), or takes a share of its width (`width`). */
export type AutoFit = 'fill' | 'width';

/** What `auto` means for a frame that starts `startHeight` px tall: one given a height is filled; one
 * of the browser's default height takes a share of its width. */
export function autoFit(startHeight: number): AutoFit {
  return startHeight >= GIVEN_HEIGHT_MIN ? 'fill' : 'width';
}

/** The default share of a width: 1.2 of a narrow frame's, three quarters of a wide one's, at least 480 px. */
function defaultHeight(width: number): number {
  return Math.min(EMBED_ASPECT * width, Math.max(480, 0.75 * width));
}

/**
 * The embed's height (px) for a frame of `width` x `height`: one height per width, whatever is
 * selected and however the host page scrolls, so the publisher's text below the frame never moves.
 * A fixed height is that height; a share of the width, that share; `auto` fills the frame it was
 * given (its own height, never its content's: nothing inside can make it grow), or, in a frame of
 * the browser's default height, the default share of its width.
 */
export function embedHeight(fit: EmbedFit, auto: AutoFit, width: number, height: number): number {
  switch (fit.kind) {
    case 'fixed':
      return fit.height;
    case 'aspect':
      return Math.round(fit.ratio * width);
    case 'auto':
      return Math.round(auto === 'fill' ? height : defaultHeight(width));
  }
}
