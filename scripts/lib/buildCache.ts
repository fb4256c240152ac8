import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where build products are kept between builds: the conventional cache folder of tools in
 * node_modules, so a fresh install starts clean and nothing generated is committed. */
export const BUILD_CACHE_DIR = 'node_modules/.cache/urdu-story-map';

/** The key of a build product from everything it is made of (a font's bytes, the characters kept,
 * the format; or shapes, countries and options): any change to one part makes a new product, the
 * same parts give the same file. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * A build product (a font subset, the world's shapes) from the cache folder when one was made before
 * under the same key; else made by `make` and stored. The cache only saves time: a folder that cannot
 * be read or written (a read-only checkout, a full disk) makes the product afresh, never fails the build.
 */
export async function cachedProduct(
  dir: string,
  key: string,
  extension: string,
  make: () => Promise<Uint8Array>,
): Promise<{ readonly bytes: Uint8Array; readonly hit: boolean }> {
  const file = join(dir, `${key}.${extension}`);
  try {
    return { bytes: new Uint8Array(readFileSync(file)), hit: true };
  } catch {
    // Not made yet (or unreadable): make it below.
  }
  const bytes = await make();
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves half a file to be read later.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    // The next build makes it again.
  }
  return { bytes, hit: false };
}
