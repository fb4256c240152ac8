import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, unzipFiles, zipFiles, ZipError } from '../../../src/lib/zip.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('zip', () => {
  it('crc32 gives the check value of the standard', () => {
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
  });

  it('reads back what it wrote, Urdu names and text byte for byte', async () => {
    const files = [
      { name: 'my-story/article.ur.txt', data: enc.encode('البانیہ نے ایران کے ساتھ تعلقات ختم کر دیے ہیں۔\n') },
      { name: 'my-story/story.json', data: enc.encode('{"format": "urdu-story-map/package"}') },
      { name: 'ملائیشیا.txt', data: new Uint8Array() },
    ];
    const back = await unzipFiles(zipFiles(files));
    expect(back.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(back.map((f) => dec.decode(f.data))).toEqual(files.map((f) => dec.decode(f.data)));
  });

  it('writes the same bytes for the same files (no clock in the archive)', () => {
    const files = [{ name: 'a.txt', data: enc.encode('a') }];
    expect(zipFiles(files)).toEqual(zipFiles(files));
  });

  it('reads a deflated entry, as a person’s own zip tool makes it', async () => {
    const text = 'ایران '.repeat(200);
    const stored = zipFiles([{ name: 'a.txt', data: enc.encode(text) }]);
    // Turn the stored entry into a deflated one: method 8, compressed size, same CRC.
    const deflated = deflateRawSync(Buffer.from(enc.encode(text)));
    const name = enc.encode('a.txt');
    const local = stored.slice(0, 30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, deflated.length, true);
    const central = stored.slice(30 + name.length + enc.encode(text).length);
    const cv = new DataView(central.buffer);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, deflated.length, true);
    const endAt = 46 + name.length;
    cv.setUint32(endAt + 16, local.length + deflated.length, true);
    const zip = new Uint8Array([...local, ...deflated, ...central]);
    const [entry] = await unzipFiles(zip);
    expect(dec.decode(entry?.data)).toBe(text);
  });

  it('says what is wrong with a file that is not a zip it can read, never returning half of one', async () => {
    await expect(unzipFiles(enc.encode('not a zip at all, just text'))).rejects.toThrow(ZipError);
    const zip = zipFiles([{ name: 'a.txt', data: enc.encode('hello') }]);
    const damaged = zip.slice();
    damaged[30 + 5] = 0x48; // "hello" → "Hello": the checksum no longer matches.
    await expect(unzipFiles(damaged)).rejects.toThrow(/checksum/u);
    await expect(unzipFiles(zip.slice(0, 20))).rejects.toThrow(ZipError);
  });
});
