import { describe, expect, it } from 'vitest';
import { packagesText } from '../../../scripts/storiesPlugin.ts';
import { urduGlyphText } from '../../../src/lib/urduGlyphs.ts';
import { describeRelation } from '../../../src/story/describe.ts';
import { FIXTURES } from '../stories.ts';

describe('urduGlyphText of every package (what the build subsets the Nastaliq font to)', () => {
  const glyphs = new Set(urduGlyphText(packagesText()));
  const expectDrawable = (text: string, where: string) => {
    for (const ch of text.replace(/\s/gu, '')) expect(glyphs.has(ch), `${where}: ${ch}`).toBe(true);
  };

  it.each(FIXTURES)('holds every character of the article and of the Urdu texts of $slug', ({ story }) => {
    expectDrawable(story.article, 'article');
    const { meta } = story;
    for (const text of [meta.title.ur, meta.summary.ur, meta.source.ur, ...meta.questions.map((q) => q.label.ur)]) expectDrawable(text, 'meta');
    for (const text of [...story.roles.map((r) => r.label.ur), ...story.map.views.map((v) => v.label.ur)]) expectDrawable(text, 'roles and views');
  });

  it.each(FIXTURES)('holds every character of the Urdu the app composes for $slug (relation lines, dates)', ({ story }) => {
    for (const r of story.relations) {
      const d = describeRelation(story, r);
      expectDrawable(d.ur + d.dateUr, r.id);
    }
  });

  it('holds the Urdu digits of line numbers', () => {
    expectDrawable(new Intl.NumberFormat('ur-PK-u-nu-arabext').format(1234567890), 'digits');
  });
});
