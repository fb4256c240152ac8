import { useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../lib/afterNextPaint.ts';

interface Props {
  /** Drawn once the frame after the mount has been painted. */
  readonly children: () => ReactNode;
}

/**
 * Draws its children only after the frame that shows its mount has been painted, so that the frame
 * answering a click holds only what is above them (a panel's title and summary) and is not held
 * back by them (see afterNextPaint). The render that draws the children is then a task of its own,
 * apart from the map's update (which follows the choice in a transition of its own, see App).
 * Children are a function so that nothing is even built before it is drawn.
 *
 * Only a new mount waits: once drawn, it draws its children at once on every later render, so a
 * list that changes in place is not blanked (which would also lose the scroll around it). A page
 * in a background tab paints no frames: its children come when it is first shown.
 */
export function Later({ children }: Props) {
  const [ready, setReady] = useState(false);
  // Once per mount: after it, `ready` stays true.
  useEffect(() => afterNextPaint(() => setReady(true)), []);
  return ready ? children() : null;
}
