// The speaker notes window and the presenting window talk over a BroadcastChannel: same origin, no
// server, no network. Every message is checked before it is used; anything else is ignored.

/** What the two windows say to each other. */
export type NotesMessage =
  /** The presenting window is at this step (0-based), or has left story mode (null). */
  | { readonly type: 'step'; readonly step: number | null }
  /** The notes window asks the presenting window to go to a step. */
  | { readonly type: 'go'; readonly step: number }
  /** The notes window has opened and asks where the story is. */
  | { readonly type: 'hello' };

/** The channel's name for one story: two stories presented at once do not mix. */
export const notesChannelName = (slug: string) => `urdu-story-map:notes:${slug}`;

const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;

/** A message from the channel, checked field by field; null for anything that is not ours. */
export function parseNotesMessage(data: unknown): NotesMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m['type']) {
    case 'step':
      return m['step'] === null || isStep(m['step']) ? { type: 'step', step: m['step'] } : null;
    case 'go':
      return isStep(m['step']) ? { type: 'go', step: m['step'] } : null;
    case 'hello':
      return { type: 'hello' };
    default:
      return null;
  }
}

/** Opens the story's channel, or null where the browser has no BroadcastChannel. */
export function openNotesChannel(
  slug: string,
  onMessage: (m: NotesMessage) => void,
): { post: (m: NotesMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(notesChannelName(slug));
  channel.onmessage = (e: MessageEvent) => {
    const m = parseNotesMessage(e.data);
    if (m) onMessage(m);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
