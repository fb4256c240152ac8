import type { Transfer } from './byteClass.ts';

/** A transfer and who saw it: the page's Resource Timing, or only our server's log. */
export interface SeenTransfer extends Transfer {
  readonly seenBy: 'page' | 'server';
}

/**
 * The page's Resource Timing entries, plus every response our server sent that the page's timeline
 * does not show. Requests made inside a worker (MapLibre's, or a geodata worker's) are in the
 * worker's own timeline, not the page's; the server saw them all, so nothing that crossed the wire
 * is left out. Matching is by URL, one server response per page entry.
 */
export function mergeTransfers(page: readonly Transfer[], server: readonly Transfer[]): SeenTransfer[] {
  const unmatched = new Map<string, number>();
  for (const t of page) unmatched.set(t.url, (unmatched.get(t.url) ?? 0) + 1);
  const merged: SeenTransfer[] = page.map((t) => ({ ...t, seenBy: 'page' }));
  for (const t of server) {
    const left = unmatched.get(t.url) ?? 0;
    if (left > 0) unmatched.set(t.url, left - 1);
    else merged.push({ ...t, seenBy: 'server' });
  }
  return merged;
}
