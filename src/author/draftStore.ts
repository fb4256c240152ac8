import type { Draft } from './draft.ts';

// The author's draft, kept in this browser's IndexedDB as it is edited (nothing leaves the machine).
// Storage can be missing or blocked (a private window, an iframe without storage access, a full
// disk): every call then answers "not saved" and the editor keeps working from memory, saying so.

const DB_NAME = 'urdu-story-map-author';
const STORE = 'drafts';
/** One draft at a time, under one key: the article being worked on. */
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opened: Promise<IDBDatabase> | undefined;
function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('no IndexedDB'));
      return;
    }
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  }).catch((e: unknown) => {
    opened = undefined;
    throw e;
  });
  return opened;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A draft read back from storage, checked field by field (it is data from outside: another
 * version of the app may have written it); null for anything that is not one. */
export function parseStoredDraft(value: unknown): Draft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const source = v['source'];
  if (
    typeof v['slug'] !== 'string' ||
    typeof v['article'] !== 'string' ||
    typeof source !== 'object' ||
    source === null ||
    Array.isArray(source)
  )
    return null;
  const s = source as Record<string, unknown>;
  if (
    typeof s['meta'] !== 'object' ||
    !Array.isArray(s['entities']) ||
    !Array.isArray(s['relations']) ||
    typeof s['glosses'] !== 'object'
  )
    return null;
  return {
    slug: v['slug'],
    article: v['article'],
    source: source as Draft['source'],
    rejected: isStringArray(v['rejected']) ? v['rejected'] : [],
  };
}

/** The saved draft, null when there is none or storage cannot be read. */
export async function loadDraft(): Promise<Draft | null> {
  try {
    const db = await database();
    return parseStoredDraft(await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY)));
  } catch {
    return null;
  }
}

/** Saves the draft; false when it could not be (the editor says "not saved in this browser"). */
export async function saveDraft(draft: Draft): Promise<boolean> {
  try {
    const db = await database();
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(draft, KEY));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved draft (the author starts another article). */
export async function clearDraft(): Promise<void> {
  try {
    const db = await database();
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(KEY));
  } catch {
    // Nothing saved, nothing to forget.
  }
}
