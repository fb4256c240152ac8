import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/story/types.ts';
import { ALBANIA as STORY, FIXTURES } from '../stories.ts';
import { lineRefs } from '../../../src/story/passageRefs.ts';
import { kindsOfStory, RELATION_KINDS } from '../../../src/story/relationKinds.ts';
import { INITIAL_VIEW, relationCatalog, type ViewState } from '../../../src/state/viewState.ts';
import { parseUrlState, searchForState, storyFromUrl, urlCatalog } from '../../../src/url/urlState.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { initialLang } from '../../../src/app/initialLang.ts';

const relations = relationCatalog(STORY);
const catalog = urlCatalog(STORY, relations);
const parse = (s: string) => parseUrlState(s, catalog);

/** A state is valid when every id in it exists in the story and its invariants hold. */
function expectValid(state: ViewState, story: Story = STORY): void {
  const sel = state.selection;
  if (sel?.kind === 'entity') expect(story.entities.some((e) => e.id === sel.id)).toBe(true);
  if (sel?.kind === 'relation') {
    const r = relationCatalog(story).get(sel.id);
    expect(r).toBeDefined();
    if (r) expect(state.kinds).toContain(r.kind);
  }
  if (sel?.kind === 'passage')
    expect(story.passages.some((p) => p.id === sel.id) || lineRefs(story).includes(sel.id)).toBe(true);
  if (state.question !== null) expect(story.meta.questions.find((q) => q.id === state.question)?.select).toEqual(sel);
  if (state.readingAt !== null) {
    expect(sel).not.toBeNull();
    expect(story.passages.some((p) => p.id === state.readingAt)).toBe(true);
  }
  if (sel?.kind === 'relation-kind') expect(state.kinds).toContain(sel.id);
  for (const k of state.kinds) expect(RELATION_KINDS).toContain(k);
  expect(new Set(state.kinds).size).toBe(state.kinds.length);
  expect(['evidence', 'article']).toContain(state.mode);
  if (state.step !== null) {
    expect(Number.isInteger(state.step)).toBe(true);
    expect(state.step).toBeGreaterThanOrEqual(0);
    expect(state.step).toBeLessThan(story.steps.length);
  }
}

describe('?embed=', () => {
  it('opens the compact layout for a frame, keeps it in the address, and ignores other values', () => {
    expect(parse('?embed=1').state.embed).toBe(true);
    expect(parse('?embed=true&focus=alb').state).toMatchObject({
      embed: true,
      selection: { kind: 'entity', id: 'ALB' },
    });
    expect(searchForState(parse('?embed=1&focus=ALB').state)).toBe('?focus=ALB&embed=1');
    expect(parse('?embed=0').state.embed).toBe(false);
    expect(parse('?embed=yes').ignored).toEqual(['embed=yes']);
  });

  it('reads how tall the embed is, a height in px or a share of its width, within bounds, and keeps it in a frame’s address only', () => {
    expect(parse('?embed=1&height=520').state.embedFit).toEqual({ kind: 'fixed', height: 520 });
    expect(parse('?embed=1&aspect=1.2').state.embedFit).toEqual({ kind: 'aspect', ratio: 1.2 });
    expect(parse('?embed=1').state.embedFit).toEqual({ kind: 'auto' });
    expect(searchForState(parse('?embed=1&height=520&focus=IRN').state)).toBe('?focus=IRN&embed=1&height=520');
    expect(searchForState({ ...parse('?embed=1&aspect=0.75').state, embed: false })).toBe('');
    for (const bad of [
      'height=10',
      'height=99999',
      'height=5e2',
      'height=-300',
      'aspect=0',
      'aspect=10',
      'aspect=abc',
      'aspect=1,2',
    ]) {
      const parsed = parse(`?embed=1&${bad}`);
      expect(parsed.state.embedFit, bad).toEqual({ kind: 'auto' });
      expect(parsed.ignored, bad).toEqual([bad]);
    }
    // Both: the height wins, and the share is said to be ignored.
    const both = parse('?embed=1&height=400&aspect=1.2');
    expect(both.state.embedFit).toEqual({ kind: 'fixed', height: 400 });
    expect(both.ignored).toHaveLength(1);
  });
});

describe('?theme=', () => {
  it('reads dark and light, writes only dark (light is the default), and ignores anything else', () => {
    expect(parse('?theme=DARK').state.theme).toBe('dark');
    expect(searchForState(parse('?theme=dark').state)).toBe('?theme=dark');
    expect(searchForState(parse('?theme=light').state)).toBe('');
    const { state, ignored } = parse('?theme=neon');
    expect(state.theme).toBe('light');
    expect(ignored).toEqual(['theme=neon']);
  });
});

describe('?lang=', () => {
  it('reads ur and en in any case, writes only ur (en is the default), and ignores anything else', () => {
    expect(parse('?lang=UR').state.lang).toBe('ur');
    expect(searchForState(parse('?lang=ur&embed=1').state)).toBe('?lang=ur&embed=1');
    expect(searchForState(parse('?lang=en').state)).toBe('');
    const { state, ignored } = parse('?lang=<b>fr</b>');
    expect(state.lang).toBe('en');
    expect(ignored).toEqual(['lang=?b?fr??b?']);
  });
});

describe('?lang= and ?theme= against anything (property)', () => {
  it('always give a language and a theme we have, never throw, and name a bad value in the notice', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (lang, theme) => {
        const { state, ignored } = parse(`?lang=${encodeURIComponent(lang)}&theme=${encodeURIComponent(theme)}`);
        expect(['en', 'ur']).toContain(state.lang);
        expect(['light', 'dark']).toContain(state.theme);
        const langOk = ['en', 'ur'].includes(lang.trim().toLowerCase());
        expect(ignored.some((i) => i.startsWith('lang='))).toBe(!langOk);
        // The notice shows values back short and printable, whatever was typed.
        for (const i of ignored) expect(i.length).toBeLessThan(60);
      }),
    );
  });

  it('says what it ignored in the reader’s language', () => {
    expect(parseUrlState('?theme=neon', catalog, messagesFor('ur')).state.notice).toBe(
      'پتے کے یہ حصے نظرانداز کیے گئے: theme=neon۔',
    );
    expect(parseUrlState('?theme=neon', catalog).state.notice).toBe('Ignored in the address: theme=neon.');
  });
});

describe('?step=', () => {
  const last = STORY.steps.length;
  it('opens story mode at step N, counted from 1, and writes it back the same way', () => {
    const { state, ignored } = parse('?step=3');
    expect(state.step).toBe(2);
    expect(ignored).toEqual([]);
    expect(searchForState(state)).toBe('?step=3');
  });

  it('holds a number outside the steps within them, and says so', () => {
    expect(parse('?step=0').state.step).toBe(0);
    expect(parse('?step=0').ignored.join()).toMatch(/step=0 .*showing step 1/u);
    expect(parse('?step=999').state.step).toBe(last - 1);
    expect(parse('?step=999').ignored.join()).toMatch(new RegExp(`steps 1 to ${last}`, 'u'));
  });

  it('ignores what is not a step number, and a step in a story that has none', () => {
    for (const junk of ['junk', '-2', '2.5', '', '1e3', '３']) {
      const { state, ignored } = parse(`?step=${junk}`);
      expect(state.step, junk).toBeNull();
      expect(ignored.length, junk).toBe(1);
    }
    const none = urlCatalog(STORY, relations);
    const { state, ignored } = parseUrlState('?step=2', { ...none, steps: [] });
    expect(state.step).toBeNull();
    expect(ignored.join()).toMatch(/no steps/u);
  });

  it('stands beside a selection and the other parameters', () => {
    const { state } = parse('?step=5&focus=irn&view=article');
    expect(state).toMatchObject({ step: 4, selection: { kind: 'entity', id: 'IRN' }, mode: 'article' });
    expect(searchForState(state)).toBe('?step=5&focus=IRN&view=article');
  });
});

describe('parseUrlState', () => {
  it('an empty address is the initial view', () => {
    expect(parse('').state).toEqual(INITIAL_VIEW);
  });

  it('?focus= takes an ISO alpha-3 code in any case', () => {
    for (const q of ['?focus=ALB', '?focus=alb', '?focus=Alb'])
      expect(parse(q).state.selection).toEqual({ kind: 'entity', id: 'ALB' });
    expect(parse('?focus=nato').state.selection).toEqual({ kind: 'entity', id: 'nato' });
  });

  it('?relation=, ?filter=, ?claims= and ?view=article are read', () => {
    const { state, ignored } = parse(
      '?relation=albania-severs-ties&filter=rupture,cyberattack&claims=stated&view=article',
    );
    expect(ignored).toEqual([]);
    expect(state.selection).toEqual({ kind: 'relation', id: 'albania-severs-ties' });
    expect(state.kinds).toEqual(['rupture', 'cyberattack']);
    expect(state.claims).toEqual({ stated: true, alleged: false });
    expect(state.mode).toBe('article');
  });

  it('ignores what is not valid, keeps the rest, and says what it ignored', () => {
    const { state, ignored } = parse('?focus=XYZ&filter=cyberattack,bogus&view=globe');
    expect(state.selection).toBeNull();
    expect(state.kinds).toEqual(['cyberattack']);
    expect(state.mode).toBe('evidence');
    expect(ignored).toEqual(['focus=XYZ', 'filter=bogus', 'view=globe']);
    expect(state.notice).toContain('focus=XYZ');
  });

  it('writes a filter only of the story’s own kinds, and none when all of them are shown', () => {
    const kinds = kindsOfStory(STORY);
    const noRupture = parse('?filter=cyberattack,proxy,accusation,condemnation,denial,support,response,claim').state;
    expect(searchForState(noRupture, '', null, kinds)).toBe(
      '?filter=cyberattack,proxy,accusation,condemnation,denial,support,response,claim',
    );
    // The kinds the story has no relation of may be on or off: the link is the same, and reads back the same.
    expect(searchForState({ ...noRupture, kinds: [...noRupture.kinds, 'strike'] }, '', null, kinds)).toBe(
      searchForState(noRupture, '', null, kinds),
    );
    expect(
      searchForState(
        parse('?filter=rupture,cyberattack,proxy,accusation,condemnation,denial,support,response,claim').state,
        '',
        null,
        kinds,
      ),
    ).toBe('');
    expect(searchForState(parse('?filter=').state, '', null, kinds)).toBe('?filter=');
  });

  it('reads the names kinds had before they were split, as the kinds they became', () => {
    const { state, ignored } = parse('?filter=attack,rejection');
    expect(ignored).toEqual([]);
    expect(state.kinds).toEqual(['cyberattack', 'proxy', 'condemnation', 'denial']);
    expect(parse('?kind=attack').state.selection).toEqual({ kind: 'relation-kind', id: 'cyberattack' });
    expect(parse('?kind=Rejection').state.selection).toEqual({ kind: 'relation-kind', id: 'condemnation' });
  });

  it('leaves parameters that are not its own alone, without a notice', () => {
    expect(parse('?utm_source=paper&focus=IRN').ignored).toEqual([]);
  });

  it('keeps one selection, by precedence, and notes the others', () => {
    const { state, ignored } = parse('?focus=ALB&relation=us-vows-response');
    expect(state.selection).toEqual({ kind: 'relation', id: 'us-vows-response' });
    expect(ignored[0]).toContain('focus=ALB');
  });

  it('shows the kind of a selected relation even when the filter hid it', () => {
    const { state } = parse('?relation=iran-attacks-albania&filter=rupture&claims=stated');
    expect(state.kinds).toContain('cyberattack');
    expect(state.claims.alleged).toBe(true);
  });

  it('?passage=p<line> takes a whole line of several sentences, as one selection', () => {
    expect(parse('?passage=p17').state.selection).toEqual({ kind: 'passage', id: 'p17' });
    expect(parse('?passage=P17').state.selection).toEqual({ kind: 'passage', id: 'p17' });
    expect(parse('?passage=p3').state.selection).toEqual({ kind: 'passage', id: 'p3' });
    expect(parse('?passage=p17c').ignored).toEqual(['passage=p17c']);
    expect(searchForState(parse('?passage=p17').state)).toBe('?passage=p17');
  });

  it('?q= opens a start question, alone or with the selection it opens, and says when it cannot', () => {
    const alone = parse('?q=what-iran-says');
    expect(alone.state.selection).toEqual({ kind: 'entity', id: 'IRN' });
    expect(alone.state.question).toBe('what-iran-says');
    expect(alone.ignored).toEqual([]);
    const both = parse('?focus=irn&q=What-Iran-Says');
    expect(both.state.question).toBe('what-iran-says');
    expect(both.ignored).toEqual([]);
    const other = parse('?focus=ALB&q=what-iran-says');
    expect(other.state.selection).toEqual({ kind: 'entity', id: 'ALB' });
    expect(other.state.question).toBeNull();
    expect(other.ignored).toEqual(['q=what-iran-says (that question opens something else)']);
    const unknown = parse('?focus=ALB&q=why');
    expect(unknown.state.question).toBeNull();
    expect(unknown.ignored).toEqual(['q=why']);
    expect(parse('?kind=attack&q=who-was-attacked-before').state.question).toBe('who-was-attacked-before');
  });

  it('?at= is the reader’s place, a sentence, and only with a selection', () => {
    expect(parse('?focus=ALB&at=p3').state.readingAt).toBe('p3');
    expect(parse('?focus=ALB&at=p17').ignored).toEqual(['at=p17']);
    const alone = parse('?at=p3');
    expect(alone.state.readingAt).toBeNull();
    expect(alone.ignored).toEqual(['at=p3 (nothing is selected to read through)']);
  });

  it('any query string gives a valid state, and never throws', () => {
    const key = fc.constantFrom('focus', 'relation', 'passage', 'kind', 'q', 'at', 'filter', 'claims', 'view', 'x', '');
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'ALB',
        'irn',
        'attack',
        'rupture,claim',
        'article',
        'alleged',
        'p17a',
        'p17',
        'what-iran-says',
        'us-vows-response',
        '%',
        '%%E0',
        '&&==',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), fc.string(), (pairs, junk) => {
        const q = `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}${junk}`;
        expectValid(parse(q).state);
      }),
      { numRuns: 400 },
    );
  });
});

describe('searchForState', () => {
  it('the initial view has a plain address', () => {
    expect(searchForState(INITIAL_VIEW)).toBe('');
  });

  it('keeps a publisher’s own parameters', () => {
    expect(
      searchForState({ ...INITIAL_VIEW, selection: { kind: 'entity', id: 'IRN' } }, '?utm_source=x&focus=ALB'),
    ).toBe('?utm_source=x&focus=IRN');
  });

  it('gives back parameters that are not ours exactly as they were written, even malformed ones', () => {
    const albania = { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'ALB' } } as const;
    expect(searchForState(INITIAL_VIEW, '?%%%')).toBe('?%%%');
    expect(searchForState(albania, '?%%%')).toBe('?%%%&focus=ALB');
    expect(searchForState(INITIAL_VIEW, '?a=%zz&b=x+y&c=%E2%80%94&d')).toBe('?a=%zz&b=x+y&c=%E2%80%94&d');
    // Ours are recognised however they are written, and replaced.
    expect(searchForState(albania, '?fo%63us=IRN&x=1&at=p3')).toBe('?x=1&focus=ALB');
  });

  it('never changes a query string of parameters that are not ours', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'b', '=', '%', '+', '2', 'E', '؟', ' ', '#'), minLength: 1 });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const q = `?${parts.join('&')}`;
        expect(searchForState(INITIAL_VIEW, q)).toBe(q);
      }),
      { numRuns: 300 },
    );
  });

  it.each(FIXTURES)('round-trips every reachable state of $slug through the address', ({ story }) => {
    const storyCatalog = urlCatalog(story, relationCatalog(story));
    const read = (q: string) => parseUrlState(q, storyCatalog).state;
    const passage = (id: string) => ({ kind: 'passage' as const, id });
    const selection = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...story.entities.map((e) => ({ kind: 'entity' as const, id: e.id }))),
      fc.constantFrom(...story.relations.map((r) => ({ kind: 'relation' as const, id: r.id }))),
      fc.constantFrom(...story.passages.map((p) => passage(p.id)), ...lineRefs(story).map(passage)),
      fc.constantFrom(...RELATION_KINDS.map((k) => ({ kind: 'relation-kind' as const, id: k }))),
    );
    // A question opens its own selection; otherwise any selection, without one.
    const opened = fc.oneof(
      selection.map((sel) => ({ sel, question: null })),
      fc.constantFrom(...story.meta.questions.map((q) => ({ sel: q.select, question: q.id }))),
    );
    const readingAt = fc.option(fc.constantFrom(...story.passages.map((p) => p.id)));
    fc.assert(
      fc.property(
        opened,
        readingAt,
        fc.subarray([...RELATION_KINDS]),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        ({ sel, question }, at, kinds, stated, alleged, article) => {
          const written = {
            ...INITIAL_VIEW,
            selection: sel,
            question,
            readingAt: sel === null ? null : at,
            kinds,
            claims: { stated, alleged },
            mode: article ? 'article' : 'evidence',
          } as const;
          const state = read(searchForState(written, '', story.slug));
          expectValid(state, story);
          // Parse is a fixed point: writing what was read and reading it again changes nothing.
          expect(read(searchForState(state, '', story.slug))).toEqual(state);
          expect(state.selection).toEqual(sel);
          expect(state.question).toBe(question);
          expect(state.readingAt).toBe(written.readingAt);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes the story a reader is on, and leaves the default story out of the address', () => {
    const state = { ...INITIAL_VIEW, selection: { kind: 'entity', id: 'MYS' } } as const;
    expect(searchForState(state, '?story=test-fixture-student-exchange', 'test-fixture-student-exchange')).toBe(
      '?story=test-fixture-student-exchange&focus=MYS',
    );
    expect(searchForState(state, '?story=unknown-story&utm=1', null)).toBe('?utm=1&focus=MYS');
  });
});

describe('storyFromUrl', () => {
  const known = ['albania-iran-cyberattack', 'test-fixture-student-exchange'];
  const choose = (q: string) => storyFromUrl(q, known, 'albania-iran-cyberattack');

  it('opens the default story when the address names none, or names the default itself', () => {
    for (const q of ['', '?focus=ALB', '?story=', '?story=albania-iran-cyberattack'])
      expect(choose(q)).toEqual({ slug: 'albania-iran-cyberattack', param: null, notice: null });
  });

  it('opens a known story by its slug, in any case', () => {
    expect(choose('?story=Test-Fixture-Student-Exchange')).toEqual({
      slug: 'test-fixture-student-exchange',
      param: 'test-fixture-student-exchange',
      notice: null,
    });
  });

  it('falls back to the default story with a notice for an unknown slug, and never echoes markup', () => {
    const c = choose('?story=<script>alert(1)</script>');
    expect(c.slug).toBe('albania-iran-cyberattack');
    expect(c.param).toBeNull();
    expect(c.notice).toMatch(/no story called/u);
    expect(c.notice).not.toMatch(/[<>]/u);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(fc.property(fc.string(), (q) => known.includes(storyFromUrl(q, known, 'albania-iran-cyberattack').slug)));
  });
});

describe('the page’s language and the view state’s', () => {
  it('are the same for any `lang` in the address, given once, twice or padded (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ur', 'en', ' UR ', 'Ur', 'fr', '', 'urdu'), { minLength: 1 }), (langs) => {
        const search = `?${langs.map((l) => `lang=${encodeURIComponent(l)}`).join('&')}`;
        expect(initialLang(search, [])).toBe(parse(search).state.lang);
      }),
    );
  });
});
