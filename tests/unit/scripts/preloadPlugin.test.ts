import { describe, expect, it } from 'vitest';
import { preloadTags } from '../../../scripts/preloadPlugin.ts';

// A build's output as Rollup describes it: the entry, a lazy map chunk that imports a shared chunk
// (and one the entry already loads), their styles, and the data files.
const bundle = {
  'assets/index-a.js': {
    type: 'chunk',
    fileName: 'assets/index-a.js',
    isEntry: true,
    facadeModuleId: '/p/index.html',
    imports: ['assets/messages-b.js'],
  },
  'assets/messages-b.js': {
    type: 'chunk',
    fileName: 'assets/messages-b.js',
    facadeModuleId: '/p/src/i18n/messages.ts',
    imports: [],
  },
  'assets/MapLibreMap-c.js': {
    type: 'chunk',
    fileName: 'assets/MapLibreMap-c.js',
    facadeModuleId: '/p/src/map/MapLibreMap.tsx',
    imports: ['assets/shared-d.js', 'assets/messages-b.js'],
    viteMetadata: { importedCss: new Set(['assets/MapLibreMap-c.css']) },
  },
  'assets/shared-d.js': {
    type: 'chunk',
    fileName: 'assets/shared-d.js',
    facadeModuleId: null,
    imports: [],
    viteMetadata: { importedCss: new Set(['assets/shared-d.css']) },
  },
  'assets/story-e.json': {
    type: 'asset',
    fileName: 'assets/story-e.json',
    originalFileNames: ['stories/s/story.json'],
  },
  'assets/world-s-f.json': {
    type: 'asset',
    fileName: 'assets/world-s-f.json',
    names: ['world-s.json'],
    originalFileNames: [],
  },
} as const;

describe('preloadTags', () => {
  it('preloads a lazy chunk with what it imports and its styles, but not what the entry already loads', () => {
    const tags = preloadTags(bundle, { modules: ['/src/map/MapLibreMap.tsx'], data: [] }, './');
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'modulepreload', crossorigin: true, href: './assets/MapLibreMap-c.js' },
      { rel: 'modulepreload', crossorigin: true, href: './assets/shared-d.js' },
      { rel: 'preload', as: 'style', crossorigin: true, href: './assets/MapLibreMap-c.css' },
      { rel: 'preload', as: 'style', crossorigin: true, href: './assets/shared-d.css' },
    ]);
  });

  it('preloads data files found by their source path or by the name they were emitted under, as fetch() will ask', () => {
    const tags = preloadTags(bundle, { modules: [], data: ['stories/s/story.json', 'world-s.json'] }, '/app/');
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: '/app/assets/story-e.json' },
      { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: '/app/assets/world-s-f.json' },
    ]);
  });

  it('fails the build when a planned file is not in it, rather than preloading nothing unnoticed', () => {
    expect(() => preloadTags(bundle, { modules: ['/src/map/Gone.tsx'], data: [] }, './')).toThrow(
      /no chunk was built from \/src\/map\/Gone.tsx/u,
    );
    expect(() => preloadTags(bundle, { modules: [], data: ['stories/x/story.json'] }, './')).toThrow(
      /no file was built from stories\/x\/story.json/u,
    );
  });
});
