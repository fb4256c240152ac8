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
 * Remounting is what defers again: key it by what it shows, or a new list would reuse the old
 * mount's `true` and be drawn in the click's own frame. Children are a function so that nothing
 * is even built before it is drawn.
 */
export function Later({ children }: Props) {
  const ready = useDeferredValue(true, false);
  return ready ? children() : null;
}
