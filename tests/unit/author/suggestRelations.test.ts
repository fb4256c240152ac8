import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/gazetteer/findPlaces.ts';
import { placesAsThings } from '../../../src/author/placesAsThings.ts';
import { suggestRelations, type NamedThing } from '../../../src/author/suggestRelations.ts';
import { buildPassages } from '../../../src/story/passages.ts';
import { alpha3Of } from '../../../scripts/lib/countryCodes.ts';
import { realGazetteer } from '../../../scripts/lib/scaffoldWorld.ts';
import { suggestionScore } from '../../../scripts/lib/suggestionScore.ts';
import { ALBANIA } from '../stories.ts';

const THINGS: NamedThing[] = [
  { id: 'PAK', surfaces: ['پاکستان'] },
  { id: 'IND', surfaces: ['بھارت'] },
  { id: 'ISR', surfaces: ['اسرائیل'] },
  { id: 'IRN', surfaces: ['ایران', 'تہران'] },
  { id: 'USA', surfaces: ['امریکہ'] },
  { id: 'SAU', surfaces: ['سعودی عرب'] },
  { id: 'TUR', surfaces: ['ترکی'] },
  { id: 'SYR', surfaces: ['شام'] },
  { id: 'RUS', surfaces: ['روس'] },
  { id: 'UKR', surfaces: ['یوکرین'] },
  { id: 'CHN', surfaces: ['چین'] },
  { id: 'ALB', surfaces: ['البانیہ'] },
  { id: 'IRQ', surfaces: ['عراق'] },
  { id: 'houthis', surfaces: ['حوثیوں'] },
];

/** The suggestions for a text, as `type source→target` strings. */
function suggest(text: string): string[] {
  return suggestRelations(text, buildPassages(text), THINGS).map((s) => `${s.type} ${s.source}→${s.target}`);
}

describe('suggestRelations', () => {
  it('takes the one the text marks with نے as the doer, even after a title, whatever the word order', () => {
    expect(suggest('اسرائیل نے ایران پر فضائی حملہ کیا۔')).toEqual(['strikes ISR→IRN']);
    expect(suggest('ایران پر فضائی حملہ اسرائیل نے کیا۔')).toEqual(['strikes ISR→IRN']);
    expect(suggest('امریکہ کے وزیر خارجہ نے ایران پر نئی پابندیاں عائد کرنے کا اعلان کیا۔')).toEqual([
      'imposes-sanctions USA→IRN',
    ]);
  });

  it('reads the new types’ common phrasings', () => {
    expect(suggest('ترکی نے شام کو امداد بھیجی۔')).toEqual(['sends-aid TUR→SYR']);
    expect(suggest('روس نے یوکرین کو دھمکی دی۔')).toEqual(['threatens RUS→UKR']);
    expect(suggest('ایران نے حوثیوں کی پشت پناہی کی۔')).toEqual(['backs-proxy IRN→houthis']);
    expect(suggest('چین نے امریکہ کے ساتھ مذاکرات کیے۔')).toEqual(['holds-talks CHN→USA']);
    expect(suggest('پاکستان نے بھارت کے ساتھ تجارت کا معاہدہ کیا۔')).toEqual(['signs-agreement PAK→IND']);
  });

  it('gives each of two doers joined by اور a suggestion, or one between them when no one else is named', () => {
    expect(suggest('البانیہ اور امریکہ نے تہران پر الزام لگایا۔')).toEqual(['accuses ALB→IRN', 'accuses USA→IRN']);
    expect(suggest('سعودی عرب اور ایران نے سفارتی تعلقات بحال کر دیے۔')).toEqual(['restores-ties SAU→IRN']);
  });

  it('looks for the doer in the phrase’s own clause first, then in the sentence', () => {
    expect(suggest('پاکستان نے کہا کہ ایران نے عراق کی مذمت کی۔')).toEqual(['condemns IRN→IRQ']);
    expect(suggest('چین نے کہا کہ اس نے امریکہ کے ساتھ مذاکرات کیے۔')).toEqual(['holds-talks CHN→USA']);
  });

  it('does not suggest the attack an accusation is about, nor what a denial denies', () => {
    expect(suggest('پاکستان نے بھارت پر فضائی حملہ کرنے کا الزام لگایا۔')).toEqual(['accuses PAK→IND']);
    expect(suggest('ایران نے اس بات کی تردید کی کہ البانیہ پر سائبر حملے کی پشت پر ایران تھا۔')).toEqual([
      'denies IRN→ALB',
    ]);
  });

  it('suggests nothing without a doer, with one thing named, or for a phrase that only contains a type’s word', () => {
    expect(suggest('ایران اور عراق کے درمیان مذاکرات جاری ہیں۔')).toEqual([]);
    expect(suggest('ایران نے مذاکرات کی تجویز دی۔')).toEqual([]);
    expect(suggest('عدالت نے ناقابل تردید شواہد کی بنیاد پر ایران اور عراق کے بارے میں فیصلہ دیا۔')).toEqual([]);
  });
});

describe('suggestions on the default story, from its raw text alone (the gazetteer’s places)', () => {
  it('suggests at least six of its 22 relations with the right ends, direction and type, and nothing it does not state', () => {
    const g = realGazetteer();
    const things = placesAsThings(findPlaces(ALBANIA.article, g.urduNames, g.variants), alpha3Of);
    const score = suggestionScore(ALBANIA, suggestRelations(ALBANIA.article, ALBANIA.passages, things));
    // The figure the README and `npm run story:check -- --suggest` give: it may rise, never fall.
    expect(score.right.length).toBeGreaterThanOrEqual(6);
    expect(score.of).toBe(22);
    expect(score.wrong).toBe(0);
  });
});
