import { describe, expect, it } from 'vitest';
import { ALBANIA as STORY } from '../stories.ts';
import { createViewReducer, INITIAL_VIEW, relationCatalog } from '../../../src/state/viewState.ts';

const reduce = createViewReducer(relationCatalog(STORY));

describe('viewReducer', () => {
  it('a link selects and never clears; a second click on the map clears', () => {
    const a = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'entity', id: 'ALB' } });
    expect(a.selection).toEqual({ kind: 'entity', id: 'ALB' });
    expect(reduce(a, { type: 'select', selection: { kind: 'entity', id: 'ALB' } }).selection).toEqual({ kind: 'entity', id: 'ALB' });
    expect(reduce(a, { type: 'toggle-select', selection: { kind: 'entity', id: 'ALB' } }).selection).toBeNull();
  });

  it('a legend kind with nothing to show under the claims filter shows both claims again', () => {
    const statedOnly = reduce(INITIAL_VIEW, { type: 'toggle-claim', claim: 'alleged' });
    // Every attack relation is alleged.
    const s = reduce(statedOnly, { type: 'select', selection: { kind: 'relation-kind', id: 'attack' } });
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
    const alleged = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'relation', id: 'iran-attacks-albania' } });
    expect(reduce(alleged, { type: 'toggle-claim', claim: 'alleged' }).selection).toBeNull();
    const stated = reduce(INITIAL_VIEW, { type: 'select', selection: { kind: 'relation', id: 'albania-severs-ties' } });
    expect(reduce(stated, { type: 'toggle-claim', claim: 'alleged' }).selection).not.toBeNull();
  });

  it('selecting a hidden relation shows its kind again', () => {
    const hidden = reduce(INITIAL_VIEW, { type: 'toggle-kind', kind: 'attack' });
    const b = reduce(hidden, { type: 'select', selection: { kind: 'relation', id: 'iran-attacks-albania' } });
    expect(b.kinds).toContain('attack');
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
