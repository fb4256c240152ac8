/** The kinds of bytes the bench reports separately. */
export type ByteClass = 'js' | 'css' | 'font' | 'data' | 'document' | 'image';

/** Every class, in the order the table lists them. */
export const BYTE_CLASSES: readonly ByteClass[] = ['js', 'css', 'font', 'data', 'document', 'image'];

const BY_EXTENSION: Readonly<Record<string, ByteClass>> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  css: 'css',
  woff: 'font',
  woff2: 'font',
  ttf: 'font',
  otf: 'font',
  html: 'document',
  htm: 'document',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  svg: 'image',
  ico: 'image',
};

/**
 * The class of a loaded URL, by its file extension. A path ending in `/` is the page itself. Anything
 * else (json, geojson, topojson, txt, csv, pbf, a name without extension) is data: the app's geography
 * and story may move between formats, and whatever they become still has to be downloaded.
 */
export function classifyUrl(url: string): ByteClass {
  const path = new URL(url, 'http://127.0.0.1/').pathname;
  if (path.endsWith('/')) return 'document';
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  if (dot === -1) return 'data';
  return BY_EXTENSION[file.slice(dot + 1).toLowerCase()] ?? 'data';
}

/** One file transferred: its URL and its encoded (gzip) body size. */
export interface Transfer {
  readonly url: string;
  readonly bytes: number;
}

/** Bytes per class, and in all. */
export type ByteTotals = Readonly<Record<ByteClass | 'total', number>>;

/** Adds up transfers by class (a file fetched twice counts twice: nothing is cached, it crossed twice). */
export function sumByClass(transfers: readonly Transfer[]): ByteTotals {
  const totals: Record<ByteClass | 'total', number> = {
    js: 0,
    css: 0,
    font: 0,
    data: 0,
    document: 0,
    image: 0,
    total: 0,
  };
  for (const t of transfers) {
    totals[classifyUrl(t.url)] += t.bytes;
    totals.total += t.bytes;
  }
  return totals;
}
