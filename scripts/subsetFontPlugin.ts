import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

/**
 * Cuts the bundled Nastaliq font down to the characters the app can draw (see urduGlyphText), in the
 * build only. The font file keeps its name, so the CSS that points at it needs no change.
 */
export function subsetFontPlugin(match: RegExp, text: () => string): Plugin {
  return {
    name: 'subset-nastaliq',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !match.test(file.fileName) || typeof file.source === 'string') continue;
        const before = file.source.byteLength;
        const subset = await subsetFont(Buffer.from(file.source), text(), { targetFormat: 'woff2' });
        file.source = new Uint8Array(subset);
        this.info(`${file.fileName}: ${Math.round(before / 1024)} kB → ${Math.round(subset.byteLength / 1024)} kB`);
      }
    },
  };
}
