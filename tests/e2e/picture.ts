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
  // By class, not by name: the page may be in Urdu. In story mode the header's button is not shown:
  // the story's own controls have one.
  await page.locator('.share-open, .story-share').locator('visible=true').first().click();
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

/** How much a picture holds (see pictureStats). */
export interface PictureStats {
  readonly colours: number;
  readonly middleColours: number;
  readonly inked: number;
  readonly middleBare: number;
}

/** What a reading of pictures asks: their stats, the share of pixels two of them differ in, the
 * first one's pixels scaled to a size (RGBA, row by row), or its colours (RGB) at points. */
export type PictureRequest =
  | { readonly kind: 'stats' }
  | { readonly kind: 'difference' }
  | { readonly kind: 'scaled'; readonly width: number; readonly height: number }
  | { readonly kind: 'points'; readonly points: readonly { readonly x: number; readonly y: number }[] };

/** What each request gives back. */
type PictureReading =
  PictureStats | { readonly differ: number } | { readonly rgba: number[] } | { readonly rgb: (number[] | null)[] };

/** Decodes pictures (PNG bytes) in the page and reads them as `request` asks: one function,
 * serialised into the page. Decoded from their bytes (createImageBitmap), not loaded as data: images,
 * which the page's Content-Security-Policy refuses (img-src is our origin and blob: only). */
export function readPictures(page: Page, pngs: readonly Buffer[], request: PictureRequest): Promise<PictureReading> {
  return page.evaluate(
    async ({ all, request }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const [width, height] =
          request.kind === 'scaled' ? [request.width, request.height] : [image.width, image.height];
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(image, 0, 0, width, height);
        return { width, height, data: ctx.getImageData(0, 0, width, height).data };
      };
      const [first, second] = await Promise.all(all.map(decode));
      if (!first) throw new Error('no picture');
      const { width, height, data } = first;
      if (request.kind === 'scaled') return { rgba: [...data] };
      if (request.kind === 'points') {
        return {
          rgb: request.points.map(({ x, y }) =>
            x < 0 || y < 0 || x >= width || y >= height
              ? null
              : [0, 1, 2].map((c) => data[(y * width + x) * 4 + c] ?? 0),
          ),
        };
      }
      if (request.kind === 'difference') {
        const other = second?.data ?? new Uint8ClampedArray();
        let differ = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i] !== other[i] || data[i + 1] !== other[i + 1] || data[i + 2] !== other[i + 2]) differ++;
        return { differ: differ / (data.length / 4) };
      }
      const key = (i: number) =>
        ((data[i] ?? 0) >> 4) * 256 + ((data[i + 1] ?? 0) >> 4) * 16 + ((data[i + 2] ?? 0) >> 4);
      const colours = new Set<number>();
      const middle = new Set<number>();
      const ground = key(0);
      let inked = 0;
      let middleBare = 0;
      let middleCount = 0;
      for (let y = 0; y < height; y += 2) {
        for (let x = 0; x < width; x += 2) {
          const k = key((y * width + x) * 4);
          colours.add(k);
          if (y > height * 0.35 && y < height * 0.6) {
            middle.add(k);
            middleCount += 1;
            if (k === ground) middleBare += 1;
          }
          if (k !== ground) inked += 1;
        }
      }
      return {
        colours: colours.size,
        middleColours: middle.size,
        inked: inked / (Math.ceil(width / 2) * Math.ceil(height / 2)),
        middleBare: middleBare / Math.max(1, middleCount),
      };
    },
    { all: pngs.map((png) => png.toString('base64')), request },
  );
}

/** How much a picture holds: distinct colours (to 4 bits a channel) in all of it and in its middle
 * band (where the map is), the share of pixels unlike its corner (the ground), and the share of the
 * middle band that is only ground: a map read before it was drawn leaves that band bare. */
export async function pictureStats(page: Page, picture: SavedPicture): Promise<PictureStats> {
  const m = await readPictures(page, [picture.bytes], { kind: 'stats' });
  if (!('colours' in m)) throw new Error('stats expected');
  return m;
}

/** The share of pixels (0–1) that differ between two pictures of one size. */
export async function pictureDifference(page: Page, a: SavedPicture, b: SavedPicture): Promise<number> {
  expect([b.width, b.height], 'pictures of one size').toEqual([a.width, a.height]);
  const m = await readPictures(page, [a.bytes, b.bytes], { kind: 'difference' });
  if (!('differ' in m)) throw new Error('a difference expected');
  return m.differ;
}
