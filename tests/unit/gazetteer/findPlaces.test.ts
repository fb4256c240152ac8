import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { urduCountryNames } from '../../../scripts/lib/countryCodes.ts';
import { findPlaces, type PlacesFound } from '../../../src/gazetteer/findPlaces.ts';
import { matchForms } from '../../../src/gazetteer/matchForms.ts';
import { buildPlaceForms } from '../../../src/gazetteer/placeForms.ts';
import { URDU_VARIANTS } from '../../../src/gazetteer/urduVariants.ts';
import { countryOf } from '../../../src/story/model.ts';
import { ALBANIA } from '../stories.ts';

const LIBRARY = urduCountryNames();
const find = (text: string) => findPlaces(text, LIBRARY, URDU_VARIANTS);
const ALBANIA_TEXT = readFileSync('stories/albania-iran-cyberattack/article.ur.txt', 'utf8');
const FIXTURE_TEXT = readFileSync('stories/test-fixture-student-exchange/article.ur.txt', 'utf8');

/** Surfaces found for a country, as { text: count }. */
function surfacesOf(found: PlacesFound, code: string): Record<string, number> {
  const c = found.countries.find((x) => x.code === code);
  return Object.fromEntries((c?.surfaces ?? []).map((s) => [s.text, s.count]));
}

/** The countries named on each line: by name or demonym, or through a capital. */
function countriesByLine(found: PlacesFound): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const add = (line: number, code: string) => out.set(line, (out.get(line) ?? new Set()).add(code));
  for (const c of found.countries) for (const s of c.surfaces) for (const l of s.lines) add(l, c.code);
  for (const c of found.capitals) for (const s of c.surfaces) for (const l of s.lines) add(l, c.country);
  return out;
}

/** Whole-word occurrences of a string, counted by a regular expression, independently of the gazetteer. */
function wholeWordCount(text: string, word: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'gu'))].length;
}

describe('the gazetteer on the Albania article', () => {
  const found = find(ALBANIA_TEXT);

  it('finds Albania as البانیہ, the spelling of news copy (the library writes البانیاہ), and by its demonym البانوی', () => {
    expect(LIBRARY['AL']).toBe('البانیاہ');
    expect(surfacesOf(found, 'AL')).toEqual({ البانیہ: wholeWordCount(ALBANIA_TEXT, 'البانیہ'), البانوی: 3 });
  });

  it('finds the United States as امریکہ (the library writes ریاست ہائے متحدہ امریکہ)', () => {
    expect(surfacesOf(found, 'US')).toEqual({ امریکہ: 2 });
  });

  it('finds Iran as ایران, as ایرانی, and اسلامی جمہوریہ ایران as one mention, not two', () => {
    const iran = surfacesOf(found, 'IR');
    expect(iran['اسلامی جمہوریہ ایران']).toBe(1);
    // Every whole-word ایران but the one inside the full state name.
    expect(iran['ایران']).toBe(wholeWordCount(ALBANIA_TEXT, 'ایران') - 1);
    expect(iran['ایرانی']).toBe(wholeWordCount(ALBANIA_TEXT, 'ایرانی'));
    const spans = matchForms(ALBANIA_TEXT, buildPlaceForms(LIBRARY, URDU_VARIANTS));
    const full = spans.find((m) => ALBANIA_TEXT.slice(m.start, m.end) === 'اسلامی جمہوریہ ایران');
    expect(full).toBeDefined();
    expect(spans.filter((m) => full && m.start >= full.start && m.end <= full.end)).toHaveLength(1);
  });

  it('finds the capitals ترانا and تہران, each standing for its country', () => {
    expect(found.capitals.map((c) => [c.en, c.country, c.surfaces.map((s) => s.text)])).toEqual([
      ['Tehran', 'IR', ['تہران']],
      ['Tirana', 'AL', ['ترانا']],
    ]);
    expect(found.capitals.find((c) => c.en === 'Tehran')?.count).toBe(wholeWordCount(ALBANIA_TEXT, 'تہران'));
  });

  it('finds exactly the countries each line names', () => {
    const expected: Record<number, string[]> = {
      1: ['AL', 'IR'],
      2: ['AL', 'IR'],
      3: ['AL', 'US', 'IR'],
      4: ['AL'],
      5: ['IR'],
      6: ['AL', 'IR'],
      7: ['AL', 'IR'],
      8: ['IR'],
      9: ['AL'],
      10: [],
      11: ['AL', 'IR'],
      12: ['IR'],
      13: ['IR', 'AL'],
      14: ['US', 'IR'],
      15: [],
      16: [],
      17: ['IR', 'IL', 'SA', 'AE', 'JO', 'KW', 'CY', 'AL'],
      18: ['IR', 'AL'],
    };
    const byLine = countriesByLine(found);
    const lines = ALBANIA_TEXT.split('\n').length;
    expect(lines).toBe(18);
    for (let line = 1; line <= lines; line++)
      expect([...(byLine.get(line) ?? [])].sort(), `line ${line}`).toEqual([...(expected[line] ?? [])].sort());
  });

  it('agrees line by line with the hand annotation of the package (its countries and capitals)', () => {
    const index = new Map(ALBANIA.entities.map((e) => [e.id, e]));
    const annotated = new Map<number, Set<string>>();
    for (const m of ALBANIA.mentions) {
      const e = index.get(m.entity);
      if (!e || !(e.type === 'country' || (e.type === 'city' && e.standsFor?.as === 'capital'))) continue;
      const iso3 = index.get(countryOf(e) ?? '')?.iso3;
      const line = ALBANIA.passages.find((p) => p.id === m.passage)?.line ?? 0;
      if (iso3) annotated.set(line, (annotated.get(line) ?? new Set()).add(iso3));
    }
    const alpha3: Record<string, string> = {
      AL: 'ALB',
      IR: 'IRN',
      US: 'USA',
      IL: 'ISR',
      SA: 'SAU',
      AE: 'ARE',
      JO: 'JOR',
      KW: 'KWT',
      CY: 'CYP',
    };
    const ours = new Map(
      [...countriesByLine(found)].map(([line, codes]) => [line, new Set([...codes].map((c) => alpha3[c] ?? c))]),
    );
    expect(ours).toEqual(annotated);
  });

  it('finds nothing doubtful and no non-place in it', () => {
    expect(found.doubtful).toEqual([]);
    expect(found.notPlaces).toEqual([]);
  });
});

describe('the gazetteer on the test-fixture article', () => {
  it('finds Malaysia, Indonesia and Japan, and Kuala Lumpur for Malaysia', () => {
    const found = find(FIXTURE_TEXT);
    expect(found.countries.map((c) => [c.code, c.count])).toEqual([
      ['MY', 2],
      ['ID', 3],
      ['JP', 2],
    ]);
    expect(found.capitals.map((c) => [c.en, c.country, c.count])).toEqual([['Kuala Lumpur', 'MY', 1]]);
  });
});

describe('whole words, longest match', () => {
  it('does not find a name inside a longer word: ایران in ایرانی is the demonym, found once', () => {
    const found = find('ایرانی سفارت خانے کے عملے کو ملک بدر کر دیا گیا۔');
    expect(found.countries).toHaveLength(1);
    expect(found.countries[0]?.surfaces).toEqual([{ text: 'ایرانی', kind: 'demonym', count: 1, lines: [1] }]);
  });

  it('finds no country in a word that merely contains one (چینل, a channel, holds چین)', () => {
    expect(find('ایک ٹیلیگرام چینل پر آیا۔ ایرانیت').countries).toEqual([]);
  });

  it('ends a word at punctuation, quotation marks and the full stop, as mentions.ts does', () => {
    const found = find('“ایران”، امریکہ۔ (جاپان) اسرائیل؟');
    expect(found.countries.map((c) => c.code)).toEqual(['IR', 'US', 'JP', 'IL']);
  });

  it('keeps a combining mark with its word: ایرانِ (with the izafat zer) is not ایران', () => {
    expect(find('ایرانِ اسلامی').countries).toEqual([]);
  });

  it('lets a non-place swallow the place inside it: جنوبی امریکہ is a continent, not the US', () => {
    const found = find('جنوبی امریکہ اور امریکہ');
    expect(surfacesOf(found, 'US')).toEqual({ امریکہ: 1 });
    expect(found.notPlaces.map((n) => n.surface.text)).toEqual(['جنوبی امریکہ']);
  });

  it('prefers the longer of two overlapping names: سعودی عرب over the demonym سعودی', () => {
    const found = find('سعودی عرب اور سعودی حکام');
    expect(surfacesOf(found, 'SA')).toEqual({ 'سعودی عرب': 1, سعودی: 1 });
  });

  it('reports the lines a surface stands on, each once', () => {
    const found = find('ایران\nکچھ نہیں\nایران اور ایران');
    expect(found.countries[0]?.surfaces[0]).toEqual({ text: 'ایران', kind: 'name', count: 3, lines: [1, 3] });
  });
});

describe('homographs and spellings', () => {
  it('reports a name that is also an ordinary word (مالی: Mali, or "financial") and does not count it', () => {
    const found = find('حکومت نے مالی امداد کا اعلان کیا۔');
    expect(found.countries).toEqual([]);
    expect(found.doubtful.map((d) => [d.surface.text, d.country, d.surface.lines])).toEqual([['مالی', 'ML', [1]]]);
  });

  it('reports a doubtful capital with the city it may be (ریاض: Riyadh, or the name Riaz)', () => {
    const found = find('ریاض احمد نے کہا');
    expect(found.capitals).toEqual([]);
    expect(found.doubtful[0]).toMatchObject({ country: 'SA', capital: 'Riyadh' });
  });

  it("finds a name typed with Arabic letters (ي, ك) and reports the text's own spelling", () => {
    const arabicYeh = 'اير' + 'ان'; // ايران with U+064A
    const found = find(`${arabicYeh} اور كويت`);
    expect(found.countries.map((c) => [c.code, c.surfaces.map((s) => s.text)])).toEqual([
      ['IR', [arabicYeh]],
      ['KW', ['كويت']],
    ]);
  });

  it('finds the variants the library lacks: بھارت and ہندوستان for India, ترکیہ for Türkiye', () => {
    expect(find('بھارت، ہندوستان').countries.map((c) => [c.code, c.count])).toEqual([['IN', 2]]);
    expect(find('ترکیہ اور ترکی').countries.map((c) => [c.code, c.count])).toEqual([['TR', 2]]);
  });

  it('finds nothing in a text without a place', () => {
    expect(find('')).toEqual({ countries: [], capitals: [], doubtful: [], notPlaces: [] });
  });
});

describe('the gazetteer knows the short and adjectival forms news copy uses', () => {
  it('finds Saudi Arabia by its short name سعودیہ, Malaysia by ملائیشین, Egypt by مصری', () => {
    const found = find('سعودیہ اور مصر نے ملائیشین وزیر سے بات کی۔ مصری حکومت نے بیان دیا۔');
    expect(surfacesOf(found, 'SA')).toEqual({ سعودیہ: 1 });
    expect(surfacesOf(found, 'MY')).toEqual({ ملائیشین: 1 });
    expect(surfacesOf(found, 'EG')).toEqual({ مصر: 1, مصری: 1 });
  });

  it('counts مصر where the next word says it is Egypt, and leaves "they insist" (مصر ہیں) to a person', () => {
    const egypt = find('مصر نے مذمت کی۔');
    expect(surfacesOf(egypt, 'EG')).toEqual({ مصر: 1 });
    const insist = find('وہ اپنی بات پر مصر ہیں۔');
    expect(insist.countries).toEqual([]);
    expect(insist.doubtful.map((d) => d.surface.text)).toEqual(['مصر']);
  });

  it('knows seas and gulfs are neither countries nor cities: بحیرہ عمان is not Oman or Amman, خلیج فارس not a place', () => {
    const found = find('بحیرہ عمان اور خلیج فارس میں جہاز، اور بحیرہ روم میں بھی۔');
    expect(found.countries).toEqual([]);
    expect(found.capitals).toEqual([]);
    expect(found.doubtful).toEqual([]);
    expect(found.notPlaces.map((n) => n.surface.text)).toEqual(['بحیرہ عمان', 'بحیرہ روم']);
  });

  it('counts lines as the text has them: a final newline is not one more line', () => {
    const found = find('ایران\nعراق\n');
    expect(found.countries.map((c) => c.surfaces[0]?.lines)).toEqual([[1], [2]]);
  });
});
