import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { BUILD_CACHE_DIR, cachedProduct, cacheKey } from './lib/buildCache.ts';
import { runInWorker } from './lib/buildWorker.ts';

const CACHE_DIR = `${BUILD_CACHE_DIR}/fonts`;
const FORMAT = 'woff2' as const;

/** The Nastaliq font as @fontsource ships it: the file the build subsets. */
export const NASTALIQ_WOFF2 = createRequire(import.meta.url).resolve(
  '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2',
);

/** A font's subset to `text`, from the cache or made in a worker thread (and then cached). */
export function subsetProduct(
  font: Uint8Array,
  text: string,
  cacheDir = CACHE_DIR,
): Promise<{ readonly bytes: Uint8Array; readonly hit: boolean }> {
  return cachedProduct(cacheDir, cacheKey([FORMAT, text, font]), FORMAT, () =>
    runInWorker<Uint8Array>(new URL('./lib/fontSubset.ts', import.meta.url), 'fontSubset', [font, text, FORMAT]),
  );
}

/**
 * Cuts the bundled Nastaliq font (the woff2 at `fontPath`, whose built copy `match` names) down to
 * the characters the app can draw (see nastaliqText), in the build only. The font file keeps its
 * name, so the CSS that points at it needs no change. Subsetting takes seconds: `npm run build` does
 * it before Vite starts (scripts/prepareBuild.ts), so this finds it in the cache; a bare `vite build`
 * with a cold cache starts it in a worker thread when the build starts, beside the bundling.
 */
export function subsetFontPlugin(match: RegExp, fontPath: string, text: () => string, cacheDir = CACHE_DIR): Plugin {
  let pending:
    | { readonly font: Uint8Array; readonly result: Promise<{ readonly bytes: Uint8Array; readonly hit: boolean }> }
    | undefined;
  const subset = (font: Uint8Array) => subsetProduct(font, text(), cacheDir);
  return {
    name: 'subset-nastaliq',
    apply: 'build',
    buildStart() {
      const font = new Uint8Array(readFileSync(fontPath));
      const result = subset(font);
      // Collected in generateBundle; a failure is reported there, not as an unhandled rejection here.
      result.catch(() => undefined);
      pending = { font, result };
    },
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !match.test(file.fileName) || typeof file.source === 'string') continue;
        const font = file.source;
        // The font started on is the one in the bundle (the usual case), or it is subset now.
        const same = pending !== undefined && Buffer.from(pending.font).equals(Buffer.from(font));
        const { bytes, hit } = await (same && pending ? pending.result : subset(font));
        file.source = bytes;
        this.info(
          `${file.fileName}: ${Math.round(font.byteLength / 1024)} kB → ${Math.round(bytes.byteLength / 1024)} kB${hit ? ' (cached)' : ''}`,
        );
      }
    },
  };
}
