import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** A PNG the app saved: its bytes and the size its header gives. */
export interface SavedPicture {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Opens the share dialog, presses "Download PNG", and reads the file the browser saved; a copy
 * goes to test-results/screenshots/<name>.png, to be looked at. */
export async function downloadPicture(page: Page, name: string): Promise<SavedPicture> {
  // By class, not by name: the page may be in Urdu.
  await page.locator('.share-open').click();
  const dialog = page.locator('dialog.share-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('.share-download').click()]);
  const bytes = readFileSync(await download.path());
  // "…saved as a PNG file…", in either language.
  await expect(dialog.getByRole('status')).toContainText('PNG');
  mkdirSync('test-results/screenshots', { recursive: true });
  writeFileSync(`test-results/screenshots/${name}.png`, bytes);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), 'the IHDR chunk first').toBe('IHDR');
  expect(download.suggestedFilename()).toMatch(/\.png$/u);
  return { bytes, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How much a picture holds, decoded by the browser: distinct colours (to 4 bits a channel) in
 * all of it and in its middle band (where the map is), the share of pixels unlike its corner (the ground), and the share of the middle band that is only
 * ground: a map read before it was drawn leaves that band bare. */
export async function pictureStats(page: Page, picture: SavedPicture): Promise<{ colours: number; middleColours: number; inked: number; middleBare: number }> {
  // Decoded from its bytes (createImageBitmap), not loaded as a data: image, which the page's
  // Content-Security-Policy refuses (img-src is our origin and blob: only).
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const key = (i: number) => ((data[i] ?? 0) >> 4) * 256 + ((data[i + 1] ?? 0) >> 4) * 16 + ((data[i + 2] ?? 0) >> 4);
    const all = new Set<number>();
    const middle = new Set<number>();
    const ground = key(0);
    let inked = 0;
    let middleBare = 0;
    let middleCount = 0;
    for (let y = 0; y < image.height; y += 2) {
      for (let x = 0; x < image.width; x += 2) {
        const k = key((y * image.width + x) * 4);
        all.add(k);
        if (y > image.height * 0.35 && y < image.height * 0.6) {
          middle.add(k);
          middleCount += 1;
          if (k === ground) middleBare += 1;
        }
        if (k !== ground) inked += 1;
      }
    }
    return { colours: all.size, middleColours: middle.size, inked: inked / (Math.ceil(image.width / 2) * Math.ceil(image.height / 2)), middleBare: middleBare / Math.max(1, middleCount) };
  }, picture.bytes.toString('base64'));
}
