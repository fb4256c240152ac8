import { describe, expect, it } from 'vitest';
import { urduGlyphText } from '../../../src/lib/urduGlyphs.ts';
import { ARTICLE, STORY } from '../../../src/story/article.ts';
import { describeRelation } from '../../../src/story/describe.ts';

describe('urduGlyphText', () => {
  const glyphs = new Set(urduGlyphText(ARTICLE));

  it('holds every character of the article', () => {
    for (const ch of ARTICLE.replace(/\s/gu, '')) expect(glyphs.has(ch), ch).toBe(true);
  });

  it('holds every character of the Urdu the app composes (relation lines, dates, line numbers)', () => {
    for (const r of STORY.relations) {
      const d = describeRelation(STORY, r);
      for (const ch of (d.ur + d.dateUr).replace(/\s/gu, '')) expect(glyphs.has(ch), `${r.id}: ${ch}`).toBe(true);
    }
    for (const ch of new Intl.NumberFormat('ur-PK-u-nu-arabext').format(1234567890)) expect(glyphs.has(ch), ch).toBe(true);
  });
});
