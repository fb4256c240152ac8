import { describe, expect, it } from 'vitest';
import { pictureName } from '../../../src/export/exportPicture.ts';
import { figureKey } from '../../../src/export/figureKey.ts';
import { figureText } from '../../../src/export/figureText.ts';
import { mapPalette } from '../../../src/theme/palette.ts';
import { ALBANIA as STORY } from '../stories.ts';

const colors = { kinds: mapPalette('light').kinds, claimLine: '#333', actorFill: '#fff' };
const LINK = 'https://maps.example.org/?focus=IRN';

describe('figureText', () => {
  it('titles the picture in the reader’s language with the other under it, and says where it comes from', () => {
    const en = figureText(STORY, { selection: null, step: null, lang: 'en', link: LINK });
    expect(en).toMatchObject({
      title: STORY.meta.title.en,
      titleLang: 'en',
      subtitle: STORY.meta.title.ur,
      subtitleLang: 'ur',
      caption: null,
    });
    expect(en.source).toContain(STORY.meta.source.en);
    expect(en.source).toContain('our translation');
    expect(en.source).toContain('Natural Earth');
    expect(en.source).toContain(LINK);
    expect(figureText(STORY, { selection: null, step: null, lang: 'ur', link: LINK })).toMatchObject({
      title: STORY.meta.title.ur,
      titleLang: 'ur',
      subtitleLang: 'en',
    });
  });

  it('says what the view shows: a country, a relation (alleged marked), or a step', () => {
    expect(
      figureText(STORY, { selection: { kind: 'entity', id: 'IRN' }, step: null, lang: 'en', link: LINK }).caption,
    ).toBe('Iran');
    const alleged = STORY.relations.find((r) => r.alleged);
    if (!alleged) throw new Error('the story has an alleged relation');
    expect(
      figureText(STORY, { selection: { kind: 'relation', id: alleged.id }, step: null, lang: 'en', link: LINK })
        .caption,
    ).toMatch(/\(alleged\)$/u);
    expect(figureText(STORY, { selection: null, step: 2, lang: 'en', link: LINK }).caption).toBe(
      `Step 3 of ${STORY.steps.length}: ${STORY.steps[2]?.title.en ?? ''}`,
    );
  });
  it('speaks the reader’s language: an Urdu picture’s caption, source and key are in Urdu, with Urdu digits', () => {
    const ur = figureText(STORY, { selection: { kind: 'entity', id: 'IRN' }, step: null, lang: 'ur', link: LINK });
    expect(ur).toMatchObject({ caption: 'ایران', lang: 'ur' });
    expect(ur.source).toContain(STORY.meta.source.ur);
    expect(ur.source).toContain(LINK);
    expect(figureText(STORY, { selection: null, step: 2, lang: 'ur', link: LINK }).caption).toMatch(/^قدم ۳ از /u);
    const key = figureKey(STORY, STORY.relations, colors, 'ur');
    for (const entry of key) expect(entry.label, entry.label).toMatch(/[\u0600-\u06FF]/u);
  });
});

describe('figureKey', () => {
  it('explains only what is drawn: the kinds of the drawn relations, and dashes only if one is alleged', () => {
    const stated = STORY.relations.filter((r) => !r.alleged).slice(0, 1);
    const key = figureKey(STORY, stated, colors);
    expect(key.filter((k) => k.type === 'line')).toHaveLength(1);
    expect(key.some((k) => k.type === 'line' && k.dashed)).toBe(false);
    const all = figureKey(STORY, STORY.relations, colors);
    expect(all.some((k) => k.type === 'line' && k.dashed)).toBe(true);
    // Every role of the story has its swatch, and the actor square is there (the story has groups).
    expect(all.filter((k) => k.type === 'swatch' && !k.actor)).toHaveLength(STORY.roles.length);
    expect(all.some((k) => k.type === 'swatch' && k.actor)).toBe(true);
  });
});

describe('pictureName', () => {
  it('names the file by the story and what it shows, in characters any file system takes', () => {
    expect(pictureName('albania-iran-cyberattack', { selection: null, step: null })).toBe('albania-iran-cyberattack');
    expect(pictureName('albania-iran-cyberattack', { selection: { kind: 'entity', id: 'IRN' }, step: null })).toBe(
      'albania-iran-cyberattack-IRN',
    );
    expect(pictureName('albania-iran-cyberattack', { selection: null, step: 2 })).toBe(
      'albania-iran-cyberattack-step-3',
    );
    expect(pictureName('a', { selection: { kind: 'passage', id: 'p1/../x' }, step: null })).toBe('a-p1-x');
  });
});
