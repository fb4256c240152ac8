import { useSyncExternalStore } from 'react';
import { NARROW_QUERY } from '../theme/tokens.ts';

// The one place the narrow layout's breakpoint is matched. CSS custom properties cannot be used in
// @media, so instead of writing the width again in the stylesheets, App puts the answer on its root
// as data-layout="narrow" and the stylesheets style `.app[data-layout='narrow'] …`.

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => window.matchMedia(NARROW_QUERY).matches;

/** Whether the viewport is at most BREAKPOINT.narrow wide; follows resizes and rotations. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
