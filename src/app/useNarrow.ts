import { useSyncExternalStore } from 'react';
import { NARROW_QUERY, SHORT_QUERY } from '../theme/tokens.ts';

// The one place the narrow layout's breakpoint is matched. CSS custom properties cannot be used in
// @media, so instead of writing the width again in the stylesheets, App puts the answer on its root
// as data-layout="narrow" and the stylesheets style `.app[data-layout='narrow'] …`.

/** Whether a media query matches now; follows resizes and rotations. */
function useMatch(query: string): boolean {
  const subscribe = (onChange: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  };
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Whether the viewport is at most BREAKPOINT.narrow wide. */
export function useNarrow(): boolean {
  return useMatch(NARROW_QUERY);
}

/** Whether the viewport is at most BREAKPOINT.short high. */
export function useShort(): boolean {
  return useMatch(SHORT_QUERY);
}
