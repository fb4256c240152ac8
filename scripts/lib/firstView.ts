/** The kinds of file the first view loads, as the size budgets count them. */
export type FileKind = 'javascript' | 'css' | 'fonts' | 'shapes' | 'data';

/** One file of the first view: its path in the build and what it is. */
export interface FirstViewFile {
  readonly path: string;
  readonly kind: FileKind;
}

/** The bytes a reader downloads for each kind (gzip for text, as served; fonts as they are). */
export type KindBytes = Readonly<Record<FileKind, number>>;

/** The most each kind may weigh, in bytes. */
export type Budgets = KindBytes;

/** The kinds in the order reports list them. */
export const FILE_KINDS: readonly FileKind[] = ['javascript', 'css', 'fonts', 'shapes', 'data'];

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/**
 * What the built index.html makes the browser load for the first view: its module script, the
 * chunks it modulepreloads (Vite's for the entry, ours for MapLibre), its stylesheets and preloaded
 * styles, and the data it preloads (the world's shapes apart, so their cost shows on its own). Paths
 * are relative to the build's folder. Fonts and MapLibre's worker are not named in the page: see
 * fontsOf and the caller.
 */
export function firstViewFiles(html: string): FirstViewFile[] {
  const out: FirstViewFile[] = [];
  const path = (href: string) => href.replace(/^\.?\//u, '');
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gu)) {
    const src = attr(tag, 'src');
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && src)
      out.push({ path: path(src), kind: 'javascript' });
    const href = attr(tag, 'href');
    if (!href || !tag.startsWith('<link')) continue;
    const rel = attr(tag, 'rel');
    const as = attr(tag, 'as');
    if (rel === 'modulepreload') out.push({ path: path(href), kind: 'javascript' });
    else if (rel === 'stylesheet' || (rel === 'preload' && as === 'style')) out.push({ path: path(href), kind: 'css' });
    else if (rel === 'preload' && as === 'fetch')
      out.push({ path: path(href), kind: /(?:^|\/)world-[^/]*\.json$/u.test(href) ? 'shapes' : 'data' });
  }
  return out;
}

/** The woff2 fonts a stylesheet's @font-face rules point at, as paths relative to the stylesheet's
 * folder: the one format every current browser takes (the woff beside it is for old ones). */
export function fontsOf(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/gu)].map((m) => (m[1] ?? '').replace(/^\.\//u, ''));
}

/** The sum of each kind's bytes. */
export function bytesByKind(files: readonly { readonly kind: FileKind; readonly bytes: number }[]): KindBytes {
  const out: Record<FileKind, number> = { javascript: 0, css: 0, fonts: 0, shapes: 0, data: 0 };
  for (const f of files) out[f.kind] += f.bytes;
  return out;
}

/** One line per kind over its budget, naming the kind and both figures; none when all fit. */
export function overBudget(bytes: KindBytes, budgets: Budgets): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  return FILE_KINDS.filter((k) => bytes[k] > budgets[k]).map(
    (k) => `${k}: ${kb(bytes[k])} is over its budget of ${kb(budgets[k])}`,
  );
}
