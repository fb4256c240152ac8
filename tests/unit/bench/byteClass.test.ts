import { describe, expect, it } from 'vitest';
import { classifyUrl, sumByClass } from '../../../bench/byteClass.ts';

const O = 'http://127.0.0.1:4173';

describe('classifyUrl', () => {
  it('tells JavaScript, CSS, fonts, images and the page by extension', () => {
    expect(classifyUrl(`${O}/assets/index-AbC.js`)).toBe('js');
    expect(classifyUrl(`${O}/assets/maplibre-gl-worker-X.mjs`)).toBe('js');
    expect(classifyUrl(`${O}/assets/index-X.css`)).toBe('css');
    expect(classifyUrl(`${O}/assets/noto-nastaliq-urdu-arabic-400-normal-X.woff2`)).toBe('font');
    expect(classifyUrl(`${O}/assets/x.woff`)).toBe('font');
    expect(classifyUrl(`${O}/assets/marker.PNG`)).toBe('image');
    expect(classifyUrl(`${O}/favicon.svg`)).toBe('image');
    expect(classifyUrl(`${O}/`)).toBe('document');
    expect(classifyUrl(`${O}/index.html`)).toBe('document');
  });

  it('ignores the query and the fragment', () => {
    expect(classifyUrl(`${O}/?step=1`)).toBe('document');
    expect(classifyUrl(`${O}/assets/a.js?v=2#x`)).toBe('js');
  });

  it('counts every other file as data, whatever format the geography takes next', () => {
    for (const f of [
      'countries-50m-X.json',
      'world.geojson',
      'article.ur.txt',
      'relations.csv',
      'shapes.pbf',
      'blob',
    ]) {
      expect(classifyUrl(`${O}/assets/${f}`)).toBe('data');
    }
  });
});

describe('sumByClass', () => {
  it('adds up each class and the total, counting a file fetched twice twice', () => {
    const totals = sumByClass([
      { url: `${O}/`, bytes: 2000 },
      { url: `${O}/assets/a.js`, bytes: 300 },
      { url: `${O}/assets/b.mjs`, bytes: 150 },
      { url: `${O}/assets/a.js`, bytes: 300 },
      { url: `${O}/assets/c.css`, bytes: 10 },
      { url: `${O}/assets/w.json`, bytes: 240 },
    ]);
    expect(totals).toEqual({ js: 750, css: 10, font: 0, data: 240, document: 2000, image: 0, total: 3000 });
  });
});
