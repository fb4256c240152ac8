/**
 * Reading and writing a preference where the browser allows it. In a third-party frame, with
 * cookies blocked or in some private modes, merely touching `localStorage` throws: then nothing is
 * remembered and every preference keeps its default. Never throws.
 */
export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a preference if storage is allowed; says whether it was. Never throws. */
export function writePreference(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Reads a value kept for this tab only (sessionStorage: it outlives a reload or a navigation of the
 * same window, not the window), or null where storage is blocked. Never throws. */
export function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps a value for this tab where storage is allowed; says whether it was. Never throws. */
export function writeSession(key: string, value: string): boolean {
  try {
    window.sessionStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
