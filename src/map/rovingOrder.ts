// The map as one tab stop: arrow keys move between its places and relations in one reading order
// (roving tabindex). Pure: which key a key press leads to.

/** A place's roving key, and a relation's. */
export const roveKey = {
  node: (id: string) => `node:${id}`,
  edge: (id: string) => `edge:${id}`,
} as const;

/** Where a key press moves among `order`: the next or previous item (wrapping round), the first or
 * the last; null for a key that does not move. In a right-to-left page ← moves on and → back, as
 * the text reads; ↓ and ↑ move on and back in both. `available` skips items with nothing on screen
 * to focus (a place whose label and dot are both hidden). */
export function nextRovingKey(
  order: readonly string[],
  current: string | null,
  key: string,
  dir: 'ltr' | 'rtl',
  available: (k: string) => boolean = () => true,
): string | null {
  const items = order.filter(available);
  if (items.length === 0) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const at = current === null ? -1 : items.indexOf(current);
  switch (key) {
    case forward:
    case 'ArrowDown':
      return items[(at + 1) % items.length] ?? null;
    case backward:
    case 'ArrowUp':
      return items[at <= 0 ? items.length - 1 : at - 1] ?? null;
    case 'Home':
      return items[0] ?? null;
    case 'End':
      return items[items.length - 1] ?? null;
    default:
      return null;
  }
}
