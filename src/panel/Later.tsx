import { useDeferredValue, type ReactNode } from 'react';

interface Props {
  /** Drawn one render after the mount, at transition priority. */
  readonly children: () => ReactNode;
}

/**
 * Draws its children in the render after the one that mounted it, so that the frame answering a
 * click holds only what is above them (a panel's title and summary) and the rest follows at once,
 * at lower priority, without holding that frame back. React's `useDeferredValue` with an initial
 * value does exactly this: the mount sees `false`, and a background render sees `true`.
 *
 * Only a new mount defers: once drawn, it draws its children at once on every later render (a
 * list that changes in place is not blanked for a frame, which would also lose the scroll around
 * it). Children are a function so that nothing is even built before it is drawn.
 */
export function Later({ children }: Props) {
  const ready = useDeferredValue(true, false);
  return ready ? children() : null;
}
