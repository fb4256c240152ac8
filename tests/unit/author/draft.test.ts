import { describe, expect, it } from 'vitest';
import { draftReducer, newRelation, relationIdFor, stepFor, type Draft } from '../../../src/author/draft.ts';
import { openPackageZip, packageZip } from '../../../src/author/packageFiles.ts';
import { parseStoredDraft } from '../../../src/author/draftStore.ts';
import { problemTarget } from '../../../src/author/problemTarget.ts';
import { draftMessage, isReady, parseDraftMessage, READY } from '../../../src/author/previewMessages.ts';
import { scaffoldPackage } from '../../../src/author/scaffoldPackage.ts';
import { realCountryFacts, realGazetteer } from '../../../scripts/lib/scaffoldWorld.ts';
import { zipFiles } from '../../../src/lib/zip.ts';
import { storyOf } from '../stories.ts';

const FIXTURE = storyOf('test-fixture-student-exchange');

const facts = realCountryFacts();
const start = (): Draft => ({
  slug: 'student-exchange',
  article: FIXTURE.article,
  source: scaffoldPackage(FIXTURE.article, 'student-exchange', realGazetteer(), facts).source,
  rejected: [],
});

describe('draftReducer', () => {
  it('renames an id it made when the ends or type change, with the steps and questions that name it', () => {
    let d = start();
    d = draftReducer(d, {
      type: 'add-relation',
      relation: newRelation(d, {
        source: 'MYS',
        target: 'IDN',
        type: 'supports',
        passage: 'p4a',
        phrase: 'اس پروگرام کا خیر مقدم کیا',
      }),
    });
    d = draftReducer(d, {
      type: 'add-step',
      step: stepFor(
        d,
        {
          id: 'step-1',
          title: { en: 'A', ur: 'ا' },
          text: { en: 'B', ur: 'ب' },
          passages: [],
          relations: [],
          frame: [],
        },
        ['mys-supports-idn'],
      ),
    });
    d = draftReducer(d, {
      type: 'update-relation',
      index: 0,
      patch: { source: 'JPN', target: 'MYS', type: 'welcomes' },
    });
    expect(d.source.relations[0]?.id).toBe('jpn-welcomes-mys');
    expect(d.source.steps?.[0]?.relations).toEqual(['jpn-welcomes-mys']);
    // An id the author chose stays what it is.
    d = draftReducer(d, { type: 'update-relation', index: 0, patch: { id: 'japan-welcomes-programme' } });
    d = draftReducer(d, { type: 'update-relation', index: 0, patch: { type: 'supports' } });
    expect(d.source.relations[0]?.id).toBe('japan-welcomes-programme');
  });

  it('moves steps, keeps glosses only when written, and lists unlinked passages in text order', () => {
    let d = start();
    const step = (id: string) => ({
      id,
      title: { en: id, ur: id },
      text: { en: id, ur: id },
      passages: [],
      relations: [],
      frame: ['MYS'],
    });
    d = draftReducer(draftReducer(d, { type: 'add-step', step: step('a') }), { type: 'add-step', step: step('b') });
    expect(draftReducer(d, { type: 'move-step', index: 1, by: -1 }).source.steps?.map((s) => s.id)).toEqual(['b', 'a']);
    expect(draftReducer(d, { type: 'move-step', index: 1, by: 1 })).toBe(d);
    d = draftReducer(d, { type: 'set-gloss', passage: 'p2', text: 'Malaysia and Indonesia agree.' });
    expect(d.source.glosses).toEqual({ p2: 'Malaysia and Indonesia agree.' });
    expect(draftReducer(d, { type: 'set-gloss', passage: 'p2', text: '  ' }).source.glosses).toEqual({});
    d = draftReducer(draftReducer(d, { type: 'set-unlinked', passage: 'p10', why: 'x' }), {
      type: 'set-unlinked',
      passage: 'p4b',
      why: 'y',
    });
    expect(d.source.unlinked?.map((u) => u.passage)).toEqual(['p4b', 'p10']);
  });

  it('gives a new relation an id no other has, and a step the passages and places of its relations', () => {
    expect(relationIdFor('MYS', 'agrees-with', 'IDN', ['mys-agrees-with-idn'])).toBe('mys-agrees-with-idn-2');
    let d = start();
    d = draftReducer(d, {
      type: 'add-relation',
      relation: newRelation(d, { source: 'MYS', target: 'IDN', type: 'agrees-with', passage: 'p2', phrase: 'اتفاق' }),
    });
    expect(
      stepFor(
        d,
        { id: 's', title: { en: 'A', ur: 'ا' }, text: { en: 'B', ur: 'ب' }, passages: [], relations: [], frame: [] },
        ['mys-agrees-with-idn'],
      ),
    ).toMatchObject({ passages: ['p2'], frame: ['MYS', 'IDN'] });
  });
});

describe('a package zip', () => {
  it('opens again as the draft it was exported from', async () => {
    const d = start();
    const opened = await openPackageZip(packageZip(d), 'other');
    expect(opened).toEqual({ ok: true, draft: { ...d, source: JSON.parse(JSON.stringify(d.source)) as unknown } });
  });

  it('says why a zip is not a package, never opening half of one', async () => {
    const enc = new TextEncoder();
    expect(await openPackageZip(enc.encode('hello'), 'x')).toEqual({ ok: false, why: 'not a zip file' });
    expect(await openPackageZip(zipFiles([{ name: 'a/story.json', data: enc.encode('{}') }]), 'x')).toEqual({
      ok: false,
      why: 'it holds no article.ur.txt beside its story.json',
    });
    const bad = zipFiles([
      { name: 'a/story.json', data: enc.encode('{"a": 1,}') },
      { name: 'a/article.ur.txt', data: enc.encode('x') },
    ]);
    expect(await openPackageZip(bad, 'x')).toMatchObject({
      ok: false,
      why: expect.stringContaining('not valid JSON (line 1') as unknown,
    });
    const notStory = zipFiles([
      { name: 'story.json', data: enc.encode('[1]') },
      { name: 'article.ur.txt', data: enc.encode('x') },
    ]);
    expect(await openPackageZip(notStory, 'x')).toEqual({ ok: false, why: 'its story.json is not a story package' });
  });
});

describe('data from outside author mode', () => {
  it('reads back a stored draft, and nothing that is not one', () => {
    const d = start();
    expect(parseStoredDraft(JSON.parse(JSON.stringify(d)))).toEqual(d);
    for (const bad of [null, 'x', { slug: 1 }, { ...d, source: [] }, { ...d, source: { meta: {} } }])
      expect(parseStoredDraft(bad)).toBeNull();
    expect(parseStoredDraft({ ...d, rejected: 'x' })?.rejected).toEqual([]);
  });

  it('takes a preview message only in its own shape', () => {
    const msg = draftMessage({ slug: 's', article: 'a', source: {} });
    expect(parseDraftMessage(msg)).toEqual({ slug: 's', article: 'a', source: {} });
    expect(parseDraftMessage({ ...msg, app: 'other' })).toBeNull();
    expect(parseDraftMessage({ ...msg, article: 5 })).toBeNull();
    expect(isReady(READY)).toBe(true);
    expect(isReady(msg)).toBe(false);
  });
});

describe('problemTarget: each checker problem links to its field', () => {
  it.each([
    ['relations[2].wording.phrase', 'author-relation-2'],
    ['entities[0].surfaces[1]', 'author-entity-0'],
    ['steps[1].text.ur', 'author-step-1'],
    ['glosses.p4a', 'author-gloss-p4a'],
    ['passages.p1', 'author-unlinked-p1'],
    ['meta.title.ur', 'author-meta-title-ur'],
    ['meta.summary', 'author-meta-summary-en'],
    ['relations', 'author-relations-heading'],
    ['article.ur.txt', undefined],
  ])('%s → %s', (path, id) => expect(problemTarget(path)).toBe(id));
});
