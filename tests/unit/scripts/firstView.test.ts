import { describe, expect, it } from 'vitest';
import { bytesByKind, firstViewFiles, fontsOf, overBudget } from '../../../scripts/lib/firstView.ts';

const HTML = `<!doctype html><html><head>
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<script type="module" crossorigin src="./assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="./assets/messages-b.js">
<link rel="stylesheet" crossorigin href="./assets/index-c.css">
<link rel="modulepreload" crossorigin href="./assets/MapLibreMap-d.js">
<link rel="preload" as="style" href="./assets/MapLibreMap-e.css">
<link rel="preload" as="fetch" crossorigin="anonymous" href="./assets/story-f.json">
<link rel="preload" as="fetch" crossorigin="anonymous" href="./assets/world-albania-g.json">
</head><body><script src="./boot.js"></script></body></html>`;

describe('firstViewFiles', () => {
  it('lists what index.html makes the browser load, by kind, with the shapes apart from other data', () => {
    expect(firstViewFiles(HTML)).toEqual([
      { path: 'assets/index-a.js', kind: 'javascript' },
      { path: 'assets/messages-b.js', kind: 'javascript' },
      { path: 'assets/index-c.css', kind: 'css' },
      { path: 'assets/MapLibreMap-d.js', kind: 'javascript' },
      { path: 'assets/MapLibreMap-e.css', kind: 'css' },
      { path: 'assets/story-f.json', kind: 'data' },
      { path: 'assets/world-albania-g.json', kind: 'shapes' },
    ]);
  });
});

describe('fontsOf', () => {
  it('finds the woff2 files of @font-face rules, not their woff fallbacks', () => {
    const css =
      '@font-face{font-family:X;src:url(./x-1.woff2)format("woff2"),url(./x-1.woff)format("woff")}@font-face{src:url("y-2.woff2")}';
    expect(fontsOf(css)).toEqual(['x-1.woff2', 'y-2.woff2']);
  });
});

describe('overBudget', () => {
  const budgets = { javascript: 1000, css: 100, fonts: 100, shapes: 100, data: 100 };
  it('names each kind past its budget with both figures, and nothing when all fit', () => {
    const bytes = bytesByKind([
      { kind: 'javascript', bytes: 800 },
      { kind: 'javascript', bytes: 400 },
      { kind: 'css', bytes: 100 },
    ]);
    expect(overBudget(bytes, budgets)).toEqual(['javascript: 1.2 kB is over its budget of 1.0 kB']);
    expect(overBudget(bytesByKind([{ kind: 'css', bytes: 100 }]), budgets)).toEqual([]);
  });
});
