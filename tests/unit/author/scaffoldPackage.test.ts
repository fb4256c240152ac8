import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  frameAround,
  kebabId,
  lineCount,
  scaffoldPackage,
  type CountryFacts,
  type Scaffold,
} from '../../../src/author/scaffoldPackage.ts';
import { realCountryFacts, realGazetteer } from '../../../scripts/lib/scaffoldWorld.ts';
import { checkStoryFolder } from '../../../scripts/lib/storyFiles.ts';
import { countryShapes, worldGeography } from '../../../scripts/lib/worldGeography.ts';
import type { Problem } from '../../../src/story/package/checkPackage.ts';

const SHAPES = countryShapes();
const GEOGRAPHY = worldGeography(SHAPES);
const FACTS = realCountryFacts(SHAPES);
const GAZETTEER = realGazetteer();
const ALBANIA_FILE = 'stories/albania-iran-cyberattack/article.ur.txt';
const FIXTURE_FILE = 'stories/test-fixture-student-exchange/article.ur.txt';

const tmp = mkdtempSync(join(tmpdir(), 'story-new-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a scaffold as story:new does (article bytes copied) and returns its folder. */
function writePackage(articleFile: string, slug: string): { scaffold: Scaffold; folder: string } {
  const bytes = readFileSync(articleFile);
  const scaffold = scaffoldPackage(bytes.toString('utf8'), slug, GAZETTEER, FACTS);
  const folder = join(tmp, slug);
  mkdirSync(folder);
  writeFileSync(join(folder, 'article.ur.txt'), bytes);
  writeFileSync(join(folder, 'story.json'), scaffold.json);
  writeFileSync(join(folder, 'TODO.md'), scaffold.todo);
  return { scaffold, folder };
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

describe('scaffolding the Albania article', () => {
  const { scaffold, folder } = writePackage(ALBANIA_FILE, 'albania-scaffold');
  const entity = (id: string) => scaffold.source.entities.find((e) => e.id === id);

  it('passes the real checker but for one error: there are no relations yet', () => {
    const { problems, pkg } = checkStoryFolder('albania-scaffold', GEOGRAPHY, tmp);
    expect(errorsOf(problems).map((p) => p.path)).toEqual(['relations']);
    expect(errorsOf(problems)[0]?.message).toMatch(/no relations yet/u);
    expect(pkg).toBeNull();
  });

  it('passes with no error once one valid relation is added (warnings are work left)', () => {
    const json = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as { relations: unknown[] };
    json.relations.push({
      id: 'albania-severs-ties-with-iran',
      type: 'severs-ties',
      source: 'ALB',
      target: 'IRN',
      label: 'severs diplomatic ties with',
      evidence: ['p1'],
      assertedBy: ['ALB'],
      alleged: false,
      wording: { in: 'p1', phrase: 'سفارتی تعلقات ختم کر دیے' },
    });
    writeFileSync(join(folder, 'story.json'), JSON.stringify(json));
    const { problems, pkg } = checkStoryFolder('albania-scaffold', GEOGRAPHY, tmp);
    expect(errorsOf(problems)).toEqual([]);
    expect(pkg).not.toBeNull();
    const warned = new Set(problems.map((p) => p.path.split('.')[0]));
    expect(warned.has('glosses')).toBe(true);
    expect(warned.has('passages')).toBe(true);
  });

  it('copies the article byte for byte', () => {
    expect(readFileSync(join(folder, 'article.ur.txt')).equals(readFileSync(ALBANIA_FILE))).toBe(true);
  });

  it('makes one country entity per country found, coded and named from the article', () => {
    const countries = scaffold.source.entities.filter((e) => e.type === 'country');
    expect(countries.map((e) => e.id)).toEqual(['ALB', 'IRN', 'USA', 'ISR', 'SAU', 'ARE', 'JOR', 'KWT', 'CYP']);
    expect(entity('ALB')).toMatchObject({
      iso3: 'ALB',
      isoNumeric: '008',
      names: { ur: 'البانیہ', en: 'Albania' },
      surfaces: ['البانیہ', 'البانوی'],
      role: 'named',
    });
    expect(entity('IRN')).toMatchObject({
      names: { ur: 'ایران', en: 'Iran' },
      surfaces: ['ایران', 'اسلامی جمہوریہ ایران', 'ایرانی'],
    });
    expect(entity('USA')).toMatchObject({ isoNumeric: '840', names: { ur: 'امریکہ', en: 'United States' } });
    for (const c of countries) expect(GEOGRAPHY.contains(c.isoNumeric ?? '', c.anchor ?? [0, 0]), c.id).toBe(true);
  });

  it('makes a city entity for each capital, standing for its country, with no anchor', () => {
    const cities = scaffold.source.entities.filter((e) => e.type === 'city');
    expect(cities.map((c) => [c.id, c.names.ur, c.standsFor, c.anchor])).toEqual([
      ['tehran', 'تہران', { country: 'IRN', as: 'capital' }, undefined],
      ['tirana', 'ترانا', { country: 'ALB', as: 'capital' }, undefined],
    ]);
  });

  it('leaves the annotation empty, with placeholders that start with "TODO:"', () => {
    const { meta, relations, unlinked, glosses, steps, roles, map } = scaffold.source;
    for (const text of [meta.title, meta.summary, meta.source].flatMap((b) => [b.en, b.ur]))
      expect(text).toMatch(/^TODO:/u);
    expect(meta.questions).toEqual([]);
    expect({ relations, unlinked, glosses, steps, views: map.views }).toEqual({
      relations: [],
      unlinked: [],
      glosses: {},
      steps: [],
      views: [],
    });
    expect(roles).toEqual([{ id: 'named', label: { en: 'Named in the article', ur: 'خبر میں مذکور' } }]);
  });

  it('frames every anchor', () => {
    const [[w, s], [e, n]] = scaffold.source.map.frame;
    for (const c of scaffold.source.entities) {
      if (!c.anchor) continue;
      expect(c.anchor[0]).toBeGreaterThan(w);
      expect(c.anchor[0]).toBeLessThan(e);
      expect(c.anchor[1]).toBeGreaterThan(s);
      expect(c.anchor[1]).toBeLessThan(n);
    }
  });

  it('writes a TODO.md that lists every passage with its line, the evidence rule, and the check command', () => {
    const todo = readFileSync(join(folder, 'TODO.md'), 'utf8');
    expect(todo).toContain('`p1` (line 1): البانیہ نے ایران پر');
    expect(todo).toContain('`p17a` (line 17)');
    expect(todo).toContain('`p17b` (line 17)');
    expect(todo).toMatch(/evidence passage must name both ends/u);
    expect(todo).toContain('impliedEnds');
    expect(todo).toContain('`p1` (line 1): ALB, IRN');
    expect(todo.trimEnd().endsWith('then run: npm run story:check albania-scaffold')).toBe(true);
  });

  it("finds, through the package's own mention finder, every mention the gazetteer counted", () => {
    const { problems } = checkStoryFolder('albania-scaffold', GEOGRAPHY, tmp);
    expect(problems.filter((p) => p.message.includes('no surface form is found'))).toEqual([]);
  });
});

describe('scaffolding the test-fixture article', () => {
  const { scaffold } = writePackage(FIXTURE_FILE, 'fixture-scaffold');

  it('finds Malaysia, Indonesia and Japan, each anchored on its own land', () => {
    const countries = scaffold.source.entities.filter((e) => e.type === 'country');
    expect(countries.map((e) => [e.id, e.isoNumeric, e.names.ur])).toEqual([
      ['MYS', '458', 'ملائیشیا'],
      ['IDN', '360', 'انڈونیشیا'],
      ['JPN', '392', 'جاپان'],
    ]);
    for (const c of countries) {
      expect(c.anchor, c.id).toBeDefined();
      expect(GEOGRAPHY.contains(c.isoNumeric ?? '', c.anchor ?? [0, 0]), c.id).toBe(true);
    }
  });

  it('frames all of each country found, not only its anchor: the Malay peninsula with Kuala Lumpur is in', () => {
    const [[w, south], [e, north]] = scaffold.source.map.frame;
    // Malaysia's anchor is on Borneo, its largest part; its capital is on the peninsula, at 101.7°E.
    expect(w).toBeLessThan(100);
    expect(e).toBeGreaterThan(145);
    expect(south).toBeLessThan(-10);
    expect(north).toBeGreaterThan(45);
  });

  it('adds Kuala Lumpur for Malaysia, and the checker has only the missing relations against it', () => {
    expect(scaffold.source.entities.find((e) => e.id === 'kuala-lumpur')?.standsFor).toEqual({
      country: 'MYS',
      as: 'capital',
    });
    expect(errorsOf(checkStoryFolder('fixture-scaffold', GEOGRAPHY, tmp).problems).map((p) => p.path)).toEqual([
      'relations',
    ]);
  });
});

describe('what the gazetteer leaves to a person', () => {
  const article = 'حکومت نے مالی امداد دی۔ ماسکو نے کہا کہ ایران اور جنوبی امریکہ۔';
  const { source, todo, summary } = scaffoldPackage(article, 'doubts', GAZETTEER, FACTS);

  it('adds no entity for a homograph, nor a capital whose country the article never names', () => {
    expect(source.entities.map((e) => e.id)).toEqual(['IRN']);
  });

  it('lists each of them in TODO.md to decide by hand', () => {
    expect(todo).toMatch(/"مالی" \(line 1\) may be Mali, or financial/u);
    expect(todo).toMatch(/ماسکو ×1 \(Moscow, line 1\) stands for Russia, which the article never names/u);
    expect(todo).toMatch(/"جنوبی امریکہ" \(line 1\) is South America/u);
    expect(summary.some((l) => l.startsWith('to check by hand: 3'))).toBe(true);
  });

  it('names a country by its demonym only when the article never names it otherwise', () => {
    const only = scaffoldPackage('ایرانی سفارت خانہ۔', 'demonym', GAZETTEER, FACTS);
    expect(only.source.entities[0]?.names.ur).toBe('ایرانی');
    expect(only.todo).toMatch(/names it only as "ایرانی"/u);
  });

  it('still writes a valid package for a text with no place at all', () => {
    const none = scaffoldPackage('یہ ایک جملہ ہے۔', 'nothing', GAZETTEER, FACTS);
    expect(none.source.entities).toEqual([]);
    expect(none.source.map.frame).toEqual([
      [-170, -60],
      [170, 80],
    ]);
    expect(none.todo).toContain('nothing: add every entity by hand');
  });

  it('keeps a country it cannot anchor, undrawn, and says so', () => {
    const noShapes: CountryFacts = { ...FACTS, anchor: () => undefined };
    const out = scaffoldPackage('ایران', 'unanchored', GAZETTEER, noShapes);
    expect(out.source.entities[0]?.anchor).toBeUndefined();
    expect(out.todo).toMatch(/IRN Iran: no shape in world-atlas/u);
  });

  it('tells the annotator what a start question holds: an id for the address, the selection, the answer', () => {
    const out = scaffoldPackage('ایران', 'questions', GAZETTEER, FACTS);
    expect(out.todo).toMatch(/`meta\.questions`[\s\S]*`id`[\s\S]*\?q=<id>[\s\S]*`select`[\s\S]*`answer`/u);
  });
});

describe('frameAround', () => {
  it('pads a box around the points and rounds it outward to whole degrees', () => {
    expect(
      frameAround([
        [20.05, 41.13],
        [54.44, 32.53],
      ]),
    ).toEqual([
      [10, 24],
      [65, 50],
    ]);
  });

  it('clamps to ±180° longitude and ±80° latitude', () => {
    expect(
      frameAround([
        [-175, -75],
        [175, 78],
      ]),
    ).toEqual([
      [-180, -80],
      [180, 80],
    ]);
  });

  it('frames one point with room around it', () => {
    expect(frameAround([[0, 0]])).toEqual([
      [-10, -8],
      [10, 8],
    ]);
  });
});

describe('kebabId', () => {
  it('makes an entity id of an English name', () => {
    expect(kebabId('Kuala Lumpur')).toBe('kuala-lumpur');
    expect(kebabId('Brasília')).toBe('brasilia');
    expect(kebabId('New Delhi')).toBe('new-delhi');
  });
});

describe('lineCount', () => {
  it('counts lines as the text has them: a final line break is not one line more', () => {
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\r\nb\r\n')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
    expect(lineCount('')).toBe(0);
  });

  it('gives the Albania article its 18 lines, saved with a final line break or without', () => {
    const text = readFileSync('stories/albania-iran-cyberattack/article.ur.txt', 'utf8');
    expect(lineCount(text)).toBe(18);
    expect(lineCount(`${text}\n`)).toBe(18);
  });
});
