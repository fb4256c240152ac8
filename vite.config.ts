/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { urduGlyphText } from './src/lib/urduGlyphs.ts';
import { packagesText, storiesPlugin } from './scripts/storiesPlugin.ts';
import { subsetFontPlugin } from './scripts/subsetFontPlugin.ts';
import { tokensPlugin } from './scripts/tokensPlugin.ts';

export default defineConfig({
  // Relative base: the build works from any path, including inside a publisher's sub-folder.
  base: './',
  plugins: [
    react(),
    storiesPlugin(),
    // The design tokens (src/theme/tokens.ts) as CSS custom properties: virtual:theme-tokens.css.
    tokensPlugin(),
    // Only the woff2 Chromium and every current browser load; the woff fallback is left whole.
    subsetFontPlugin(/noto-nastaliq-urdu-arabic-400-normal-.*\.woff2$/u, () => urduGlyphText(packagesText())),
  ],
  // MapLibre alone is about 1 MB minified (287 kB gzip): the app chunk is mostly MapLibre and React.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
