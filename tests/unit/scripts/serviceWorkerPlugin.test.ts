import { describe, expect, it } from 'vitest';
import { precacheManifest } from '../../../scripts/serviceWorkerPlugin.ts';

const file = (path: string, text = path) => ({ path, bytes: new TextEncoder().encode(text) });

describe('precacheManifest: the files the service worker keeps', () => {
  it('keeps every file of the app, a hashed name as it is and any other with a revision of its content', () => {
    const manifest = precacheManifest([
      file('index.html', '<html>'),
      file('assets/index-B6dCaFjL.js'),
      file('data/story.json', '{}'),
      file('embed.js', 'x'),
    ]);
    expect(manifest.map((e) => e.url)).toEqual([
      'assets/index-B6dCaFjL.js',
      'data/story.json',
      'embed.js',
      'index.html',
    ]);
    expect(manifest.find((e) => e.url === 'assets/index-B6dCaFjL.js')?.revision).toBeNull();
    expect(manifest.find((e) => e.url === 'index.html')?.revision).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('gives a changed file a new revision, and the same content the same one', () => {
    const a = precacheManifest([file('index.html', 'one')])[0]?.revision;
    expect(precacheManifest([file('index.html', 'one')])[0]?.revision).toBe(a);
    expect(precacheManifest([file('index.html', 'two')])[0]?.revision).not.toBe(a);
  });

  it('leaves out the worker itself, source maps, the woff fallback font and the still map’s world shapes', () => {
    const manifest = precacheManifest([
      file('sw.js'),
      file('assets/index-B6dCaFjL.js.map'),
      file('assets/noto-nastaliq-urdu-arabic-400-normal-Df9iHKj9.woff'),
      file('assets/noto-nastaliq-urdu-arabic-400-normal-BVDOj1dq.woff2'),
      file('assets/countries-50m-BphFPm15.json'),
      file('assets/world-albania-iran-cyberattack-WnxiRyo8.json'),
    ]);
    expect(manifest.map((e) => e.url)).toEqual([
      'assets/noto-nastaliq-urdu-arabic-400-normal-BVDOj1dq.woff2',
      'assets/world-albania-iran-cyberattack-WnxiRyo8.json',
    ]);
  });
});
