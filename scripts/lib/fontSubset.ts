import subsetFont from 'subset-font';

/** The font cut down to the characters of `text`, in `format` (run in a worker: see buildWorker). */
export async function fontSubset(font: Uint8Array, text: string, format: 'woff2' | 'woff'): Promise<Uint8Array> {
  return new Uint8Array(await subsetFont(Buffer.from(font), text, { targetFormat: format }));
}
