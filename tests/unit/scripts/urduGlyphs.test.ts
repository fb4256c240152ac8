import { describe, expect, it } from 'vitest';
import { nastaliqText } from '../../../scripts/nastaliqText.ts';
import { ur } from '../../../src/i18n/ur.ts';
import { formatCalendar } from '../../../src/i18n/dates.ts';
import { describeRelation } from '../../../src/wording/describe.ts';
import { FIXTURES } from '../stories.ts';

describe('urduGlyphText of every package (what the build subsets the Nastaliq font to)', () => {
  const glyphs = new Set(nastaliqText());
  const expectDrawable = (text: string, where: string) => {
    for (const ch of text.replace(/\s/gu, '')) expect(glyphs.has(ch), `${where}: ${ch}`).toBe(true);
  };

  it.each(FIXTURES)('holds every character of the article and of the Urdu texts of $slug', ({ story }) => {
    expectDrawable(story.article, 'article');
    const { meta } = story;
    for (const text of [meta.title.ur, meta.summary.ur, meta.source.ur, ...meta.questions.map((q) => q.label.ur)])
      expectDrawable(text, 'meta');
    for (const text of [...story.roles.map((r) => r.label.ur), ...story.map.views.map((v) => v.label.ur)])
      expectDrawable(text, 'roles and views');
  });

  it.each(FIXTURES)(
    'holds every character of the Urdu the app composes for $slug (relation lines, dates)',
    ({ story }) => {
      for (const r of story.relations) {
        const d = describeRelation(story, r);
        expectDrawable(d.ur + d.dateUr, r.id);
      }
    },
  );

  // Every message of the Urdu interface (a message that takes values, by the text of its source, which
  // holds every letter it can write): a message added to ur.ts is in the font with no second list.
  it('holds every character of the Urdu interface, and of the dates and lists Intl writes in Urdu', () => {
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string' || typeof value === 'function')
        expectDrawable(String(value).replace(/[^\u0600-\u06FF]/gu, ''), where);
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    walk(ur, 'ur');
    expectDrawable(ur.list(['الف', 'ب', 'پ']), 'list');
    for (let m = 0; m < 12; m++)
      expectDrawable(
        formatCalendar(new Date(Date.UTC(2022, m, 15)), false, 'ur') +
          formatCalendar(new Date(Date.UTC(2022, m, 1)), true, 'ur'),
        `month ${m + 1}`,
      );
  });

  it('holds the Urdu digits of line numbers', () => {
    expectDrawable(new Intl.NumberFormat('ur-PK-u-nu-arabext').format(1234567890), 'digits');
  });
});
