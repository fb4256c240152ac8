import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** The tag in index.html that carries the page's Content-Security-Policy. */
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/iu;

/** A url() in CSS whose address is a data: URL, quoted either way or not at all. */
const CSS_DATA_URL = /url\(\s*(?:"(data:[^"]*)"|'(data:[^']*)'|(data:[^)\s'"]*))\s*\)/gu;

/** The file endings of the data: URLs we turn into files (MIME type → extension). */
const EXTENSION: Readonly<Record<string, string>> = {
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'font/woff2': 'woff2',
  'font/woff': 'woff',
};

/** The bytes and file ending of a data: URL (RFC 2397: base64 or percent-encoded). */
function decodeDataUrl(url: string): { bytes: Uint8Array; ext: string } {
  const comma = url.indexOf(',');
  if (comma < 0) throw new Error(`not a data: URL: ${url.slice(0, 60)}`);
  const header = url.slice('data:'.length, comma).toLowerCase();
  const body = url.slice(comma + 1);
  const mime = header.split(';')[0] ?? '';
  const ext = EXTENSION[mime];
  if (!ext)
    throw new Error(
      `a data: URL of type "${mime}" in CSS: the Content-Security-Policy would refuse it; add its type to cspPlugin.ts`,
    );
  const bytes = header.endsWith(';base64')
    ? Buffer.from(body, 'base64')
    : Buffer.from(decodeURIComponent(body), 'utf8');
  return { bytes: new Uint8Array(bytes), ext };
}

/** What in a built page the policy would refuse: inline scripts, inline event handlers, style attributes. */
export function inlineCode(html: string): string[] {
  const markup = html.replace(/<!--[\s\S]*?-->/gu, '');
  const found: string[] = [];
  for (const m of markup.matchAll(/<script\b[^>]*>/giu)) if (!/\ssrc=/iu.test(m[0])) found.push(m[0]);
  for (const m of markup.matchAll(/<[a-z][^>]*\s(on[a-z]+|style)\s*=[^>]*>/giu)) found.push(m[0]);
  return found;
}

/**
 * The page's Content-Security-Policy (a meta tag in index.html) allows images, fonts, scripts and
 * styles from our own origin only. Three things make the app fit it:
 *
 * - In the build, every data: URL in the CSS (MapLibre writes its control icons as data: SVGs in
 *   maplibre-gl.css) becomes a file of ours next to the stylesheet, and the CSS points at that file;
 *   with `build.assetsInlineLimit: 0`, Vite inlines none of our own assets either.
 * - The build fails if the page would carry inline script, an inline event handler or a style
 *   attribute, or lacks the policy (the browser would only say so at run time).
 * - The dev server leaves the policy out: its hot reload injects inline scripts and style elements.
 *   The preview server and any real host serve the built page, with it.
 */
export function cspPlugin(): Plugin[] {
  return [
    {
      name: 'csp-dev',
      apply: 'serve',
      transformIndexHtml(html) {
        return html.replace(CSP_META, '');
      },
    },
    {
      name: 'csp-build',
      apply: 'build',
      transformIndexHtml: {
        // After Vite has put in its own script and stylesheet tags: the page as it will be served.
        order: 'post',
        handler(html) {
          if (!CSP_META.test(html)) throw new Error('index.html has lost its Content-Security-Policy meta tag');
          const refused = inlineCode(html);
          if (refused.length > 0)
            throw new Error(`the Content-Security-Policy would refuse these in index.html: ${refused.join(' ')}`);
          return html;
        },
      },
      generateBundle(_options, bundle) {
        // One file per distinct data: URL, however many stylesheets use it.
        const emitted = new Map<string, string>();
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css') || typeof file.source !== 'string') continue;
          const cssDir = posix.dirname(file.fileName);
          let count = 0;
          file.source = file.source.replace(
            CSS_DATA_URL,
            (_match, q2: string | undefined, q1: string | undefined, bare: string | undefined) => {
              const url = q2 ?? q1 ?? bare ?? '';
              let fileName = emitted.get(url);
              if (fileName === undefined) {
                const { bytes, ext } = decodeDataUrl(url);
                fileName = this.getFileName(this.emitFile({ type: 'asset', name: `css-image.${ext}`, source: bytes }));
                emitted.set(url, fileName);
              }
              count += 1;
              const relative = posix.relative(cssDir, fileName);
              return `url(${relative.startsWith('.') ? relative : `./${relative}`})`;
            },
          );
          if (count > 0) this.info(`${file.fileName}: ${count} data: URLs now point at files of ours`);
        }
      },
    },
  ];
}
