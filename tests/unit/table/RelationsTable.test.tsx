// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/lang.ts';
import { visibleRelations } from '../../../src/state/focus.ts';
import type { ViewState } from '../../../src/state/viewState.ts';
import { kindOf } from '../../../src/story/relationKinds.ts';
import { RelationsTable } from '../../../src/table/RelationsTable.tsx';
import { ALBANIA as STORY } from '../stories.ts';
import { renderView } from '../viewHarness.tsx';

afterEach(cleanup);

/** The table as the app opens it: the relations the filters let through, over the app's reducer. */
const table = (lang: Lang = 'en', start: Partial<ViewState> = {}) =>
  renderView(
    STORY,
    (view, act) =>
      view.table ? (
        <RelationsTable
          story={STORY}
          visible={visibleRelations(STORY, view)}
          selection={view.selection}
          onSelect={act.select}
          onClose={act.closeTable}
        />
      ) : null,
    lang,
    { table: true, ...start },
  );

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (id: string) => {
  const row = rows().find((r) => r.getAttribute('data-relation') === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe('RelationsTable', () => {
  it('has one row per relation the map draws, and says how many', () => {
    table();
    expect(rows()).toHaveLength(STORY.relations.length);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(
      new RegExp(`^${STORY.relations.length} relations`),
    );
  });

  it('leaves out the relations the filters hide, as the map does', () => {
    const hidden = STORY.relations.filter((r) => kindOf(r) === 'cyberattack' || r.alleged);
    table('en', {
      kinds: ['rupture', 'proxy', 'accusation', 'condemnation', 'denial', 'support', 'response', 'claim'],
      claims: { stated: true, alleged: false },
    });
    expect(hidden.length).toBeGreaterThan(0);
    expect(rows()).toHaveLength(STORY.relations.length - hidden.length);
    for (const r of hidden) expect(rows().some((row) => row.getAttribute('data-relation') === r.id)).toBe(false);
  });

  it('says which relations are alleged and which stated', () => {
    table();
    const alleged = STORY.relations.find((r) => r.alleged);
    const stated = STORY.relations.find((r) => !r.alleged);
    if (!alleged || !stated) throw new Error('the story has both');
    expect(within(rowOf(alleged.id)).getByText('Alleged')).toBeTruthy();
    expect(within(rowOf(stated.id)).getByText('Stated')).toBeTruthy();
  });

  it('in Urdu, names each relation with the article’s own words, sliced from the article', () => {
    table('ur');
    for (const r of STORY.relations) {
      const button = within(rowOf(r.id)).getAllByRole('button')[1];
      expect(button?.textContent).toBe(STORY.article.slice(r.wording.start, r.wording.end));
    }
  });

  it('a relation, a place or a line chosen in a row becomes the selection, and its row is marked', () => {
    const { view } = table();
    const r = STORY.relations[0];
    if (!r) throw new Error('no relation');
    const [source, relation] = within(rowOf(r.id)).getAllByRole('button');
    fireEvent.click(relation as HTMLElement);
    expect(view().selection).toEqual({ kind: 'relation', id: r.id });
    expect(relation?.getAttribute('aria-pressed')).toBe('true');
    expect(rowOf(r.id).getAttribute('data-selected')).toBe('true');
    fireEvent.click(source as HTMLElement);
    expect(view().selection).toEqual({ kind: 'entity', id: r.source });
    fireEvent.click(within(rowOf(r.id)).getAllByRole('button', { name: /^line / })[0] as HTMLElement);
    expect(view().selection).toEqual({ kind: 'passage', id: r.evidence[0] });
  });

  it('opens with focus on its heading, and “Back to the map” closes it', () => {
    const { view } = table();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'All relations, as a table' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the map' }));
    expect(view().table).toBe(false);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
