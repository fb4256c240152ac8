/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   These tests break a package on purpose (a wrong type, an unknown field, a missing id): the package
   is untyped JSON here, as it is on disk, and typing it would forbid the very mistakes under test. */
import { describe, expect, it } from 'vitest';
import { worldGeography } from '../../../../scripts/lib/worldGeography.ts';
import { checkPackage, sameCountryName, type Problem } from '../../../../src/story/package/checkPackage.ts';
import { PACKAGE_VERSION } from '../../../../src/story/package/schema.ts';
import { ALBANIA, FIXTURES } from '../../stories.ts';

const geography = worldGeography();
const albania = FIXTURES.find((f) => f.slug === ALBANIA.slug);
if (!albania) throw new Error('no Albania package');

/** The Albania package's annotation as plain JSON, changed by `edit` (a deep copy each time). */
function edited(edit: (doc: Record<string, any>) => void): unknown {
  const doc = JSON.parse(JSON.stringify(albania?.pkg.source)) as Record<string, any>;
  edit(doc);
  return doc;
}

const errors = (json: unknown, article = ALBANIA.article): Problem[] =>
  checkPackage('albania', article, json, geography).problems.filter((p) => p.severity === 'error');
const paths = (json: unknown) => errors(json).map((p) => p.path);

describe('checkPackage', () => {
  it.each(FIXTURES)(
    'accepts $slug with no error and no warning, anchors checked against the world',
    ({ slug, pkg }) => {
      const { problems, pkg: checked } = checkPackage(
        slug,
        pkg.article,
        JSON.parse(JSON.stringify(pkg.source)),
        geography,
      );
      expect(problems).toEqual([]);
      expect(checked?.slug).toBe(slug);
    },
  );

  it('refuses a file that is not a story package, in one sentence', () => {
    const { problems, pkg } = checkPackage('x', 'متن۔', { hello: 'world' });
    expect(pkg).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not a story package/u);
  });

  it('refuses a package made for a newer viewer, saying so', () => {
    const problems = errors(edited((d) => (d['version'] = PACKAGE_VERSION + 1)));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/made for version 2.*update the app/u);
  });

  it('reports every wrong field with its path, not only the first', () => {
    const found = paths(
      edited((d) => {
        d['relations'][0].type = 'invades';
        d['entities'][1].names.en = '';
        d['map'].frame[0][1] = 95;
      }),
    );
    expect(found).toEqual(expect.arrayContaining(['relations[0].type', 'entities[1].names.en', 'map.frame[0][1]']));
  });

  it('refuses a field it does not know (a typo is not silently ignored), naming the field it was meant to be', () => {
    const found = errors(edited((d) => (d['entities'][0].anchr = [1, 2])));
    expect(found.map((p) => p.path)).toEqual(['entities[0].anchr']);
    expect(found[0]?.message).toBe('unknown field "anchr" (did you mean "anchor"?)');
    // Deep in an array of objects, and in a union (a relation's wording): the schema there is asked.
    expect(errors(edited((d) => (d['relations'][2].wording.phrse = 'x')))[0]?.message).toBe(
      'unknown field "phrse" (did you mean "phrase"?)',
    );
    // Nothing close: no guess.
    expect(errors(edited((d) => (d['meta'].colourScheme = 'x')))[0]?.message).toBe(
      'unknown field "colourScheme" (a typo, or a field this version does not have)',
    );
  });

  it('refuses a country whose codes are another country’s, even with its anchor moved onto that land, naming it', () => {
    // Kuwait (KWT) given Saudi Arabia's codes and an anchor in Saudi Arabia.
    const found = errors(
      edited((d) => {
        const kwt = d['entities'].find((e: any) => e.id === 'KWT');
        kwt.iso3 = 'SAU';
        kwt.isoNumeric = '682';
        kwt.anchor = [44.6, 24.2];
      }),
    ).map((p) => p.message);
    expect(found).toEqual(
      expect.arrayContaining([
        'KWT: the id is an ISO code, and says KWT, but iso3 says SAU',
        'KWT: ISO numeric 682 is Saudi Arabia on the map, not Kuwait',
      ]),
    );
  });

  it('says whose land an anchor is on when it is not on its own country', () => {
    const found = errors(edited((d) => (d['entities'].find((e: any) => e.id === 'ISR').anchor = [36.4, 30.9])));
    expect(found.map((p) => p.message)).toEqual([
      "ISR: the anchor [36.4, 30.9] is not on Israel's own land: it is on Jordan (ISO numeric 400)",
    ]);
    expect(
      errors(edited((d) => (d['entities'].find((e: any) => e.id === 'CYP').anchor = [33, 34])))[0]?.message,
    ).toMatch(/not on Cyprus's own land \(it is at sea\)/u);
  });

  it('accepts a type wording in both languages, and refuses one with a language missing', () => {
    expect(errors(edited((d) => (d['typeLabels'].accuses = { en: 'Blames', ur: 'الزام لگاتا ہے' })))).toEqual([]);
    expect(paths(edited((d) => (d['typeLabels'].accuses = { en: 'Blames' })))).toEqual(
      expect.arrayContaining(['typeLabels.accuses']),
    );
  });

  it('says a required field is missing, not that it is unknown', () => {
    const found = errors(
      edited((d) => {
        delete d['entities'][0].names;
        delete d['relations'][0].source;
      }),
    );
    expect(found.map((p) => `${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'entities[0].names: missing required field "names"',
        'relations[0].source: missing required field "source"',
      ]),
    );
    expect(found.every((p) => !/unknown field/u.test(p.message))).toBe(true);
  });

  it('reports a phrase that is not in its passage', () => {
    const found = errors(edited((d) => (d['relations'][0].wording.phrase = 'یہ جملہ مضمون میں نہیں')));
    expect(found.map((p) => p.path)).toEqual(['relations[0].wording.phrase']);
    expect(found[0]?.message).toMatch(/albania-severs-ties: ".*" is not in p1/u);
  });

  it('reports a date phrase looked up in a passage the relation does not cite', () => {
    expect(paths(edited((d) => (d['relations'][1].dates[0].in = 'p18')))).toEqual([
      'relations[1].dates[0].in',
      'relations[1].dates[0].phrase',
    ]);
  });

  it('reports a relation whose end does not exist', () => {
    expect(paths(edited((d) => (d['relations'][0].target = 'XYZ')))).toContain('relations[0].target');
  });

  it('reports an evidence passage that names neither end and says nothing of it', () => {
    const found = errors(edited((d) => (d['relations'][0].evidence = ['p1', 'p9'])));
    expect(found.map((p) => p.path)).toEqual(['relations[0].evidence[1]']);
    expect(found[0]?.message).toMatch(/p9 does not name "IRN"/u);
  });

  it('reports an anchor outside its own country (Albania placed in the sea)', () => {
    const found = errors(edited((d) => (d['entities'][0].anchor = [18.5, 41.0])));
    expect(found.map((p) => p.path)).toEqual(['entities[0].anchor']);
    expect(found[0]?.message).toMatch(/not on Albania's own land/u);
  });

  it('reports an anchor outside the map altogether', () => {
    expect(paths(edited((d) => (d['entities'][0].anchor = [200, 41])))).toContain('entities[0].anchor[0]');
  });

  it('reports a gloss for a passage that does not exist', () => {
    expect(paths(edited((d) => (d['glosses'].p40 = 'A sentence the article does not have.')))).toEqual(['glosses.p40']);
  });

  it('reports duplicate ids, unknown roles, and questions that select nothing', () => {
    const found = paths(
      edited((d) => {
        d['relations'][1].id = d['relations'][0].id;
        d['entities'][0].role = 'villain';
        d['meta'].questions[0].select.id = 'ATL';
      }),
    );
    expect(found).toEqual(expect.arrayContaining(['relations', 'entities[0].role', 'meta.questions[0].select.id']));
  });

  it('reports a step whose edges rest on sentences it does not quote, a repeated step id (an error), and an edge added twice (a warning)', () => {
    const { problems } = checkPackage(
      'albania',
      ALBANIA.article,
      edited((d) => {
        d['steps'] = [
          {
            id: 'one',
            title: { en: 'A', ur: 'ا' },
            text: { en: 'B', ur: 'ب' },
            passages: ['p9'],
            relations: ['iran-attacks-albania'],
            frame: ['ALB'],
          },
          {
            id: 'one',
            title: { en: 'A', ur: 'ا' },
            text: { en: 'B', ur: 'ب' },
            passages: ['p3'],
            relations: ['iran-attacks-albania'],
            frame: ['ALB'],
          },
        ];
      }),
      geography,
    );
    expect(problems.filter((p) => p.path.startsWith('steps')).map((p) => `${p.severity} ${p.path}`)).toEqual([
      'error steps',
      'error steps[0].relations[0]',
      'warning steps[1].relations[0]',
    ]);
  });

  it('reports steps that name passages, relations or places the story does not have', () => {
    const found = paths(
      edited((d) => {
        d['steps'] = [
          {
            id: 'one',
            title: { en: 'A', ur: 'ا' },
            text: { en: 'B', ur: 'ب' },
            passages: ['p99'],
            relations: ['nope'],
            frame: ['ALB', 'tirana', 'nobody'],
          },
        ];
      }),
    );
    expect(found).toEqual(['steps[0].passages[0]', 'steps[0].relations[0]', 'steps[0].frame[2]']);
  });

  it('warns, without refusing, of work left: a missing gloss, an uncited line, a placeholder', () => {
    const { problems, pkg } = checkPackage(
      'albania',
      ALBANIA.article,
      edited((d) => {
        delete d['glosses'].p5b;
        d['relations'] = d['relations'].map((r: { context: string[] }) => ({
          ...r,
          context: r.context.filter((p) => p !== 'p5b'),
        }));
        d['meta'].title.ur = 'TODO: عنوان';
      }),
      geography,
    );
    expect(pkg).not.toBeNull();
    expect(problems.map((p) => `${p.severity} ${p.path}`)).toEqual([
      'warning glosses.p5b',
      'warning passages.p5b',
      'warning meta.title.ur',
    ]);
  });

  it('reports a form given to two entities (a mention can name only one), and codes that clash or disagree', () => {
    const found = errors(
      edited((d) => {
        d['entities'][2].surfaces.push('البانیہ');
        d['entities'][3].iso3 = 'IRN';
        d['entities'][4].isoNumeric = '999';
      }),
    );
    expect(found.map((p) => p.path)).toEqual(
      expect.arrayContaining(['entities[2].surfaces[1]', 'entities', 'entities[4].isoNumeric']),
    );
    expect(found.find((p) => p.path === 'entities[2].surfaces[1]')?.message).toMatch(/already a surface of "ALB"/u);
    expect(found.find((p) => p.path === 'entities[4].isoNumeric')?.message).toMatch(/SAU is ISO numeric 682, not 999/u);
  });

  it('reports a role on what is not a country, an actor placed beside itself, repeated evidence and dates', () => {
    const found = paths(
      edited((d) => {
        const nato = d['entities'].findIndex((e: { id: string }) => e.id === 'nato');
        d['entities'][nato].role = 'ally';
        d['entities'][nato].placement.beside = 'nato';
        d['relations'][0].evidence = ['p1', 'p2', 'p1'];
        d['relations'][1].dates.push(d['relations'][1].dates[0]);
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entities\[\d+\]\.role$/u),
        expect.stringMatching(/^entities\[\d+\]\.placement\.beside$/u),
        'relations[0].evidence',
        'relations[1].dates',
      ]),
    );
  });

  it('reports answers to start questions that are not relations, or not among what the question opens', () => {
    const found = errors(
      edited((d) => {
        d['meta'].questions[1].answer = ['iran-condemns-expulsion', 'no-such-relation'];
        d['meta'].questions[2].answer.push('albania-severs-ties');
        d['meta'].questions[3].answer.push('us-supports-albania', 'group-attacked-isr');
      }),
    );
    expect(found.map((p) => p.path)).toEqual([
      'meta.questions[1].answer[1]',
      'meta.questions[2].answer[4]',
      'meta.questions[3].answer',
      'meta.questions[3].answer[6]',
    ]);
    expect(found[0]?.message).toMatch(/what-iran-says: no relation "no-such-relation"/u);
    expect(found[1]?.message).toMatch(/"albania-severs-ties" is not among what the question opens \(entity USA\)/u);
    expect(found[2]?.message).toMatch(/"group-attacked-isr" is listed twice/u);
  });

  it('refuses a start question without an id, or two with one id', () => {
    expect(paths(edited((d) => delete d['meta'].questions[0].id))).toEqual(['meta.questions[0].id']);
    expect(paths(edited((d) => (d['meta'].questions[1].id = 'What Iran says')))).toEqual(['meta.questions[1].id']);
    expect(paths(edited((d) => (d['meta'].questions[1].id = d['meta'].questions[0].id)))).toEqual(['meta.questions']);
  });

  it('reports a start question about a kind of relation the story does not have', () => {
    const found = errors(
      edited(
        (d) =>
          (d['relations'] = d['relations'].filter(
            (r: { type: string }) => !['cyberattack', 'recruits'].includes(r.type),
          )),
      ),
    );
    expect(found.map((p) => p.path)).toContain('meta.questions[3].select.id');
  });

  it('refuses an empty article', () => {
    expect(errors(JSON.parse(JSON.stringify(albania.pkg.source)), '  \n').map((p) => p.path)).toEqual([
      'article.ur.txt',
    ]);
  });
});

describe('sameCountryName', () => {
  it('takes a short and a long form of one country as one, and two countries as two', () => {
    expect(sameCountryName('United States', 'United States of America')).toBe(true);
    expect(sameCountryName('Iran', 'Iran (Islamic Republic of)')).toBe(true);
    expect(sameCountryName('United Arab Emirates', 'United Arab Emirates')).toBe(true);
    expect(sameCountryName('Egypt', 'Saudi Arabia')).toBe(false);
    // Common words ("United", "Republic") do not make two countries one.
    expect(sameCountryName('United Kingdom', 'United States of America')).toBe(false);
  });
});
