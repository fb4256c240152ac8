// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/lang.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { Legend } from '../../../src/legend/Legend.tsx';
import { kindCounts, RELATION_KINDS, type RelationKind } from '../../../src/story/relationKinds.ts';
import { kindLabel } from '../../../src/wording/relationWords.ts';
import { ALBANIA as STORY } from '../stories.ts';
import { renderView } from '../viewHarness.tsx';

afterEach(cleanup);

const isChecked = (el: HTMLElement) => (el as HTMLInputElement).checked;

const counts = kindCounts(STORY);
const used = RELATION_KINDS.filter((k) => (counts.get(k) ?? 0) > 0);

/** The legend as the app wires it, over the app's reducer. */
const legend = ({ narrow = false, lang = 'en' }: { narrow?: boolean; lang?: Lang } = {}) =>
  renderView(
    STORY,
    (view, act) => (
      <Legend
        story={STORY}
        narrow={narrow}
        kinds={view.kinds}
        claims={view.claims}
        counts={counts}
        chosenKind={view.selection?.kind === 'relation-kind' ? view.selection.id : null}
        onToggleKind={act.toggleKind}
        onToggleClaim={act.toggleClaim}
        onSelectKind={act.selectKind}
        onShowAll={act.showAll}
        tableOpen={view.table}
        onTable={view.table ? act.closeTable : act.openTable}
      />
    ),
    lang,
  );

const kindBox = (k: RelationKind) => screen.getByRole('checkbox', { name: `Show: ${kindLabel(k, 'en')}` });
const kindName = (k: RelationKind) => screen.getByRole('button', { name: new RegExp(`^${kindLabel(k, 'en')} `) });

describe('Legend', () => {
  it('lists the kinds the story uses and no other, each with its number of relations', () => {
    legend();
    const group = screen.getByRole('group', { name: 'Relations' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(used.length);
    for (const k of used) expect(kindName(k).textContent).toBe(`${kindLabel(k, 'en')} ${counts.get(k)}`);
    expect(used).not.toContain('strike');
    expect(within(group).queryByRole('button', { name: /^Strike/ })).toBeNull();
  });

  it('a kind switched off is unchecked, the head says the legend is filtered, and “Show all” brings it back', () => {
    const { view } = legend();
    expect(screen.queryByRole('button', { name: 'Show all relations' })).toBeNull();
    fireEvent.click(kindBox('cyberattack'));
    expect(isChecked(kindBox('cyberattack'))).toBe(false);
    expect(view().kinds).not.toContain('cyberattack');
    expect(screen.getByRole('button', { name: /Legend and filters \(filtered\)/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all relations' }));
    expect(isChecked(kindBox('cyberattack'))).toBe(true);
    expect(screen.queryByRole('button', { name: 'Show all relations' })).toBeNull();
  });

  it('alleged claims can be hidden apart from stated ones', () => {
    const { view } = legend();
    const alleged = screen.getByRole('checkbox', { name: /Alleged/ });
    fireEvent.click(alleged);
    expect(isChecked(alleged)).toBe(false);
    expect(isChecked(screen.getByRole('checkbox', { name: /Stated/ }))).toBe(true);
    expect(view().claims).toEqual({ stated: true, alleged: false });
  });

  it('a kind’s name chooses it (pressed) and a second press lets it go; hiding the chosen kind lets it go too', () => {
    const { view } = legend();
    fireEvent.click(kindName('support'));
    expect(kindName('support').getAttribute('aria-pressed')).toBe('true');
    expect(view().selection).toEqual({ kind: 'relation-kind', id: 'support' });
    fireEvent.click(kindName('support'));
    expect(kindName('support').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(kindName('support'));
    fireEvent.click(kindBox('support'));
    expect(kindName('support').getAttribute('aria-pressed')).toBe('false');
    expect(view().selection).toBeNull();
  });

  it('starts folded where the map needs the room, and opens on its head', () => {
    legend({ narrow: true });
    const head = screen.getByRole('button', { name: 'Legend and filters' });
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    fireEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(used.length);
  });

  it('opens and closes the table of relations, saying which it is', () => {
    const { view } = legend();
    const toggle = screen.getByRole('button', { name: 'Table of relations' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(view().table).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('speaks Urdu in Urdu: its names and numbers', () => {
    legend({ lang: 'ur' });
    const ur = messagesFor('ur');
    const group = screen.getByRole('group', { name: ur.legend.relations });
    expect(group.textContent).toContain(
      `${kindLabel('cyberattack', 'ur')} ${ur.number(counts.get('cyberattack') ?? 0)}`,
    );
    expect(group.textContent).not.toMatch(/[0-9]/);
  });
});
