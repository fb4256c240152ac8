import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { cachedSubset } from './lib/subsetCache.ts';

// Where subsets are kept between builds: the conventional cache folder of tools in node_modules, so a
// fresh install starts clean and nothing generated is committed.
const CACHE_DIR = 'node_modules/.cache/urdu-story-map/fonts';

/**
 * Cuts the bundled Nastaliq font down to the characters the app can draw (see urduGlyphText), in the
 * build only. The font file keeps its name, so the CSS that points at it needs no change. Subsetting
 * takes seconds; a rebuild with the same font and characters takes the subset from the cache.
 */
export function subsetFontPlugin(match: RegExp, text: () => string, cacheDir = CACHE_DIR): Plugin {
  return {
    name: 'subset-nastaliq',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !match.test(file.fileName) || typeof file.source === 'string') continue;
        const font = file.source;
        const chars = text();
        const { bytes, hit } = await cachedSubset(cacheDir, font, chars, 'woff2', async () => new Uint8Array(await subsetFont(Buffer.from(font), chars, { targetFormat: 'woff2' })));
        file.source = bytes;
        this.info(`${file.fileName}: ${Math.round(font.byteLength / 1024)} kB → ${Math.round(bytes.byteLength / 1024)} kB${hit ? ' (cached)' : ''}`);
      }
    },
  };
}
