import { useEffect, useState } from 'react';

// How long the page may stay busy before idle work runs anyway (ms).
const IDLE_TIMEOUT_MS = 4000;

/**
 * True once the page has been idle after it loaded (requestIdleCallback, or a timer where the
 * browser has none), or at once when `now` holds; it never turns false again. For work no one is
 * waiting for yet that must be done before someone asks (the handout's maps, before a print).
 */
export function useIdleOrNow(now: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), IDLE_TIMEOUT_MS);
    return () => window.clearTimeout(id);
  }, [idle]);
  return idle || now;
}
