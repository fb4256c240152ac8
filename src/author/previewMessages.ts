// What author mode and its preview (the app itself, in an iframe of the same origin, at `?draft=1`)
// say to each other: the preview says it is ready, and the editor sends it the draft after each edit.

/** The name every message of this exchange carries, so other scripts' messages are told apart. */
export const PREVIEW_APP = 'urdu-story-map-author';

/** A draft as the preview receives it: unchecked until the checker reads it. */
export interface PreviewDraft {
  readonly slug: string;
  readonly article: string;
  readonly source: unknown;
}

/** The preview's message that it is ready for a draft. */
export const READY = { app: PREVIEW_APP, type: 'ready' } as const;

/** The editor's message carrying a draft. */
export function draftMessage(draft: PreviewDraft): { app: typeof PREVIEW_APP; type: 'draft' } & PreviewDraft {
  return { app: PREVIEW_APP, type: 'draft', slug: draft.slug, article: draft.article, source: draft.source };
}

/** Reads a draft message; null for anything else (checked field by field: it is data from outside). */
export function parseDraftMessage(data: unknown): PreviewDraft | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m['app'] !== PREVIEW_APP || m['type'] !== 'draft') return null;
  if (typeof m['slug'] !== 'string' || typeof m['article'] !== 'string' || m['article'].length > 200_000) return null;
  return { slug: m['slug'], article: m['article'], source: m['source'] };
}

/** Whether a message is the preview's "ready". */
export function isReady(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>)['app'] === PREVIEW_APP &&
    (data as Record<string, unknown>)['type'] === 'ready'
  );
}
