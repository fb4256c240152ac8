import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The key of a subset: the font's bytes, the characters kept and the output format. Any change to
 * one makes a new subset; the same three give the same file. */
export function subsetCacheKey(font: Uint8Array, text: string, format: string): string {
  return createHash('sha256').update(format).update('\0').update(text).update('\0').update(font).digest('hex');
}

/**
 * A font subset from the cache folder when one was made before for the same font, characters and
 * format; else made by `make` and stored. The cache only saves time: a folder that cannot be read or
 * written (a read-only checkout, a full disk) makes the subset afresh, never fails the build.
 */
export async function cachedSubset(dir: string, font: Uint8Array, text: string, format: string, make: () => Promise<Uint8Array>): Promise<{ readonly bytes: Uint8Array; readonly hit: boolean }> {
  const file = join(dir, `${subsetCacheKey(font, text, format)}.${format}`);
  try {
    return { bytes: new Uint8Array(readFileSync(file)), hit: true };
  } catch {
    // Not made yet (or unreadable): make it below.
  }
  const bytes = await make();
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves half a font to be read later.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    // The next build makes it again.
  }
  return { bytes, hit: false };
}
