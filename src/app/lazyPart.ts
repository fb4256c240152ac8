import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

// The parts whose last load failed, each with the way to forget that failure.
const failed = new Set<() => void>();

/** Forgets every failed load of a part made by lazyPart, so that drawing it again fetches its file
 * again (ErrorBoundary's "Try again" calls it). */
export function retryFailedParts(): void {
  for (const reset of [...failed]) reset();
}

/**
 * The address of the script a failed dynamic import names, as browsers word the error: Chromium's
 * "Failed to fetch dynamically imported module: <url>", Firefox's "error loading dynamically imported
 * module: <url>". Undefined where it names none (Safari's "Importing a module script failed.").
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /\b(https?:\/\/\S+?\.m?js)(?:\?\S*)?\s*$/u.exec(message)?.[1];
}

let tries = 0;

/**
 * React's `lazy`, for a part of the page kept in a file of its own, with a failed load that can be
 * tried again. React remembers a lazy component's failure for good, so after one (the reader went
 * offline, a redeploy removed the old file) a new lazy component is made when the reader asks to
 * try again; the part's error boundary shows the failure meanwhile, and the rest of the page works.
 * A browser also remembers a module whose fetch failed, for the life of the page (Chromium 150 does),
 * so the new try imports the failed file under a new address (`?retry=N`): same file, fetched anew.
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  let failedUrl: string | undefined;
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => {
      const url = failedUrl;
      failedUrl = undefined;
      try {
        const module =
          url === undefined ? await load() : ((await import(/* @vite-ignore */ `${url}?retry=${++tries}`)) as M);
        // The file an error names may be one the part's file imports, which holds no part: then the
        // next try loads the part the usual way.
        const component = pick(module) as ComponentType<P> | undefined;
        if (component === undefined) throw new Error(`${url ?? 'the module'} holds no such part`);
        return { default: component };
      } catch (error) {
        failedUrl = failedModuleUrl(error);
        failed.add(reset);
        throw error;
      }
    });
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
