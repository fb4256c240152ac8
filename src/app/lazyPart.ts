import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

// The parts whose last load failed, each with the way to forget that failure.
const failed = new Set<() => void>();

/** Forgets every failed load of a part made by lazyPart, so that drawing it again fetches its file
 * again (ErrorBoundary's "Try again" calls it). */
export function retryFailedParts(): void {
  for (const reset of [...failed]) reset();
}

/**
 * React's `lazy`, for a part of the page kept in a file of its own, with a failed load that can be
 * tried again. React remembers a lazy component's failure for good, so after one (the reader went
 * offline, a redeploy removed the old file) a new lazy component is made when the reader asks to
 * try again; the part's error boundary shows the failure meanwhile, and the rest of the page works.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(reset);
          throw error;
        },
      ),
    );
  const part = { current: make() };
  function reset() {
    failed.delete(reset);
    part.current = make();
  }
  function LazyPart(props: P) {
    return createElement(part.current, props);
  }
  return LazyPart;
}
