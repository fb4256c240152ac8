import { describe, expect, it } from 'vitest';
import { ALBANIA as STORY } from '../stories.ts';
import { createViewReducer, INITIAL_VIEW, relationCatalog } from '../../../src/state/viewState.ts';

const reduce = createViewReducer(relationCatalog(STORY));

describe('viewReducer', () => {
  it('a link selects and never clears; a second click on the map clears', () => {
    const a = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'ALB' } });
    expect(a.selection).toEqual({ kind: 'entity', id: 'ALB' });
    expect(reduce(a, { type: 'select', selection: { kind: 'entity', id: 'ALB' } }).selection).toEqual({
      kind: 'entity',
      id: 'ALB',
    });
    expect(reduce(a, { type: 'toggle-select', selection: { kind: 'entity', id: 'ALB' } }).selection).toBeNull();
  });

  it('a legend kind with nothing to show under the claims filter shows both claims again', () => {
    const statedOnly = reduce(INITIAL_VIEW, { type: 'toggle-claim', claim: 'alleged' });
    // Every attack relation is alleged.
    const s = reduce(statedOnly, { type: 'select', selection: { kind: 'relation-kind', id: 'cyberattack' } });
    expect(s.claims).toEqual({ stated: true, alleged: true });
    expect(reduce(s, { type: 'toggle-claim', claim: 'alleged' }).selection).toBeNull();
  });

  it('hiding the kind of the selected relation clears the selection', () => {
    const a = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'relation', id: 'albania-severs-ties' } });
    const b = reduce(a, { type: 'toggle-kind', kind: 'rupture' });
    expect(b.kinds).not.toContain('rupture');
    expect(b.selection).toBeNull();
  });

  it('hiding alleged claims clears a selected alleged relation but keeps a stated one', () => {
    const alleged = reduce(INITIAL_VIEW, {
      type: 'select',
      selection: { kind: 'relation', id: 'iran-attacks-albania' },
    });
    expect(reduce(alleged, { type: 'toggle-claim', claim: 'alleged' }).selection).toBeNull();
    const stated = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'relation', id: 'albania-severs-ties' } });
    expect(reduce(stated, { type: 'toggle-claim', claim: 'alleged' }).selection).not.toBeNull();
  });

  it('selecting a hidden relation shows its kind again', () => {
    const hidden = reduce(INITIAL_VIEW, { type: 'toggle-kind', kind: 'cyberattack' });
    const b = reduce(hidden, { type: 'select', selection: { kind: 'relation', id: 'iran-attacks-albania' } });
    expect(b.kinds).toContain('cyberattack');
  });

  it('keeps kinds in legend order whatever order they are toggled in', () => {
    let s = reduce(INITIAL_VIEW, { type: 'toggle-kind', kind: 'rupture' });
    s = reduce(s, { type: 'toggle-kind', kind: 'rupture' });
    expect(s.kinds).toEqual(INITIAL_VIEW.kinds);
  });

  it('switches the panel between evidence and the whole article', () => {
    expect(reduce(INITIAL_VIEW, { type: 'set-mode', mode: 'article' }).mode).toBe('article');
  });
});

describe('start questions', () => {
  const question = (id: string) => {
    const q = STORY.meta.questions.find((x) => x.id === id);
    if (!q) throw new Error(`no question ${id}`);
    return q;
  };
  const iran = question('what-iran-says');

  it('asking opens the question’s selection and remembers the question', () => {
    const s = reduce(INITIAL_VIEW, { type: 'ask', question: iran });
    expect(s.selection).toEqual({ kind: 'entity', id: 'IRN' });
    expect(s.question).toBe('what-iran-says');
    expect(reduce(s, { type: 'ask', question: iran })).toBe(s);
  });

  it('asking shows the answer’s relations again where the filters hid them', () => {
    const hidden = reduce(reduce(INITIAL_VIEW, { type: 'toggle-kind', kind: 'denial' }), {
      type: 'toggle-claim',
      claim: 'stated',
    });
    const s = reduce(hidden, { type: 'ask', question: iran });
    expect(s.kinds).toContain('denial');
    expect(s.claims.stated).toBe(true);
    // Only what the answer needs: the other kinds stay as they were.
    expect(reduce(hidden, { type: 'ask', question: question('who-was-attacked-before') }).kinds).not.toContain(
      'denial',
    );
  });

  it('any other selection, or none, is no longer the answer to it', () => {
    const s = reduce(INITIAL_VIEW, { type: 'ask', question: iran });
    expect(
      reduce(s, { type: 'select', selection: { kind: 'relation', id: 'iran-denies-attack' } }).question,
    ).toBeNull();
    expect(reduce(s, { type: 'toggle-select', selection: { kind: 'entity', id: 'IRN' } }).question).toBeNull();
    expect(reduce(s, { type: 'clear-selection' }).question).toBeNull();
    // Selecting what is already selected (a mention of Iran in a quote) keeps the question.
    expect(reduce(s, { type: 'select', selection: { kind: 'entity', id: 'IRN' } }).question).toBe('what-iran-says');
    // A kind question ends when its kind is filtered out, with its selection.
    const attack = reduce(INITIAL_VIEW, { type: 'ask', question: question('who-was-attacked-before') });
    const off = reduce(attack, { type: 'toggle-kind', kind: 'cyberattack' });
    expect(off.selection).toBeNull();
    expect(off.question).toBeNull();
  });
});

describe('the reader’s place', () => {
  const albania = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'ALB' } });

  it('steps to a sentence of the selection, and starts again with a new selection', () => {
    const s = reduce(albania, { type: 'read-at', passage: 'p3' });
    expect(s.readingAt).toBe('p3');
    expect(reduce(s, { type: 'set-mode', mode: 'evidence' }).readingAt).toBe('p3');
    expect(reduce(s, { type: 'select', selection: { kind: 'entity', id: 'IRN' } }).readingAt).toBeNull();
    expect(reduce(s, { type: 'clear-selection' }).readingAt).toBeNull();
  });

  it('has no place without a selection', () => {
    expect(reduce(INITIAL_VIEW, { type: 'read-at', passage: 'p3' })).toBe(INITIAL_VIEW);
  });
});

describe('focus after a choice on the map', () => {
  const albania = { kind: 'entity', id: 'ALB' } as const;

  it('a keyboard choice hands focus to the panel’s heading; a pointer choice does not', () => {
    expect(reduce(INITIAL_VIEW, { type: 'toggle-select', selection: albania, how: 'keyboard' }).focusHeading).toBe(
      true,
    );
    expect(reduce(INITIAL_VIEW, { type: 'toggle-select', selection: albania, how: 'pointer' }).focusHeading).toBe(
      false,
    );
    expect(reduce(INITIAL_VIEW, { type: 'select', selection: albania }).focusHeading).toBe(false);
  });

  it('whatever comes after the choice leaves focus where the reader has it', () => {
    const chosen = reduce(INITIAL_VIEW, { type: 'toggle-select', selection: albania, how: 'keyboard' });
    expect(reduce(chosen, { type: 'toggle-kind', kind: 'support' }).focusHeading).toBe(false);
    expect(reduce(chosen, { type: 'back' }).focusHeading).toBe(false);
    // An action that changes nothing else still ends the request.
    expect(reduce(chosen, { type: 'dismiss-notice' }).focusHeading).toBe(false);
  });
});
