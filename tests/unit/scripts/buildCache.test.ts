import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedProduct, cacheKey } from '../../../scripts/lib/buildCache.ts';

// How the font plugin calls it: the subset's key is the format, the characters and the font.
const cachedSubset = (dir: string, font: Uint8Array, text: string, format: string, make: () => Promise<Uint8Array>) =>
  cachedProduct(dir, cacheKey([format, text, font]), format, make);

const FONT = new Uint8Array([1, 2, 3, 4]);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'subset-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('cachedProduct: a rebuild does not subset the font again', () => {
  it('makes a subset once, and takes it from the cache for the same font, characters and format', async () => {
    const dir = tempDir();
    let made = 0;
    const make = () => {
      made += 1;
      return Promise.resolve(new Uint8Array([9, 9, made]));
    };
    const first = await cachedSubset(dir, FONT, 'ابپ', 'woff2', make);
    const second = await cachedSubset(dir, FONT, 'ابپ', 'woff2', make);
    expect(made).toBe(1);
    expect(first.hit).toBe(false);
    expect(second).toEqual({ bytes: new Uint8Array([9, 9, 1]), hit: true });
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('makes a new subset when the characters, the font or the format change', async () => {
    const dir = tempDir();
    let made = 0;
    const make = () => {
      made += 1;
      return Promise.resolve(new Uint8Array([made]));
    };
    await cachedSubset(dir, FONT, 'اب', 'woff2', make);
    await cachedSubset(dir, FONT, 'ابپ', 'woff2', make);
    await cachedSubset(dir, new Uint8Array([1, 2, 3, 5]), 'ابپ', 'woff2', make);
    await cachedSubset(dir, FONT, 'ابپ', 'woff', make);
    expect(made).toBe(4);
    expect(cacheKey(['woff2', 'اب', FONT])).not.toBe(cacheKey(['woff2', 'ابپ', FONT]));
  });

  it('still makes the subset where the cache cannot be written', async () => {
    // A path under a file cannot be a folder: every write fails, the build goes on.
    const dir = join(tempDir(), 'not-a-dir');
    writeFileSync(dir, 'x');
    const result = await cachedSubset(join(dir, 'cache'), FONT, 'ا', 'woff2', () =>
      Promise.resolve(new Uint8Array([7])),
    );
    expect(result).toEqual({ bytes: new Uint8Array([7]), hit: false });
  });
});
