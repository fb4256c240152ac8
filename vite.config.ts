/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/cspPlugin.ts';
import { nastaliqText } from './scripts/nastaliqText.ts';
import { preloadPlugin } from './scripts/preloadPlugin.ts';
import { DEFAULT_STORY } from './src/story/package/defaultStory.ts';
import { checkedPackages, storiesPlugin } from './scripts/storiesPlugin.ts';
import { NASTALIQ_WOFF2, subsetFontPlugin } from './scripts/subsetFontPlugin.ts';
import { tokensPlugin } from './scripts/tokensPlugin.ts';
import { worldShapesPlugin } from './scripts/worldShapesPlugin.ts';
import { authorWorldPlugin } from './scripts/authorWorldPlugin.ts';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin.ts';

export default defineConfig({
  // Relative base: the build works from any path, including inside a publisher's sub-folder.
  base: './',
  plugins: [
    react(),
    storiesPlugin(),
    // Each story's country shapes, cut at build time for the map's worker: virtual:world-shapes.
    worldShapesPlugin(checkedPackages),
    // Author mode's gazetteer and country facts, made at build time: virtual:author-world.
    authorWorldPlugin(),
    // The design tokens (src/theme/tokens.ts) as CSS custom properties: virtual:theme-tokens.css.
    tokensPlugin(),
    // Only the woff2 Chromium and every current browser load; the woff fallback is left whole.
    subsetFontPlugin(/noto-nastaliq-urdu-arabic-400-normal-.*\.woff2$/u, NASTALIQ_WOFF2, nastaliqText),
    // The page's Content-Security-Policy (index.html): the CSS's data: images become files of ours,
    // and the build refuses a page with inline code; the dev server goes without the policy.
    ...cspPlugin(),
    // index.html starts fetching what the first view asks for next while the app's script loads:
    // MapLibre (imported lazily, so the story's text is painted first) and the default story's files.
    // Every file of the build kept by a service worker after the first visit (offline, and across a
    // redeploy for a page left open): sw.js, built once the app's files are written.
    serviceWorkerPlugin('src/sw/serviceWorker.ts'),
    preloadPlugin(() => ({
      modules: ['/src/map/MapLibreMap.tsx'],
      data: [
        `stories/${DEFAULT_STORY}/story.json`,
        `stories/${DEFAULT_STORY}/article.ur.txt`,
        `world-${DEFAULT_STORY}.json`,
      ],
    })),
  ],
  // MapLibre alone is about 1 MB minified (287 kB gzip), in the lazy chunk of MapLibreMap.tsx; the
  // first view's own budgets are checked by `npm run size` (scripts/budgets.json).
  // No asset is inlined as a data: URL: the Content-Security-Policy takes images and fonts from our origin only.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The unit tests are pure functions and scripts run as child processes; none mocks a module or
    // leaves a global changed. Not re-importing the modules for every file took the run from 48 to about 15 s.
    isolate: false,
  },
});
