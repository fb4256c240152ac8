/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildStory } from './src/story/model.ts';
import { storyToCsv, storyToJson } from './src/story/openData.ts';
import { urduGlyphText } from './src/lib/urduGlyphs.ts';
import { subsetFontPlugin } from './scripts/subsetFontPlugin.ts';

const articlePath = fileURLToPath(new URL('./src/story/article.ur.txt', import.meta.url));

/** Writes the story model as open data (data/story.json, data/relations.csv) into the build. */
function openData(): Plugin {
  return {
    name: 'story-open-data',
    // In development the same files are served from memory, so "Get the data" works there too.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.endsWith('/data/story.json') && !path.endsWith('/data/relations.csv')) return next();
        const story = buildStory(readFileSync(articlePath, 'utf8'));
        const json = path.endsWith('.json');
        res.setHeader('Content-Type', json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8');
        res.end(json ? storyToJson(story) : storyToCsv(story));
      });
    },
    generateBundle() {
      const story = buildStory(readFileSync(articlePath, 'utf8'));
      this.emitFile({ type: 'asset', fileName: 'data/story.json', source: storyToJson(story) });
      this.emitFile({ type: 'asset', fileName: 'data/relations.csv', source: storyToCsv(story) });
    },
  };
}

export default defineConfig({
  // Relative base: the build works from any path, including inside a publisher's sub-folder.
  base: './',
  plugins: [
    react(),
    openData(),
    // Only the woff2 Chromium and every current browser load; the woff fallback is left whole.
    subsetFontPlugin(/noto-nastaliq-urdu-arabic-400-normal-.*\.woff2$/u, () => urduGlyphText(readFileSync(articlePath, 'utf8'))),
  ],
  // MapLibre alone is about 1 MB minified (287 kB gzip): the app chunk is mostly MapLibre and React.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
