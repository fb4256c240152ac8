// @vitest-environment happy-dom
import { act as flush, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/i18n/lang.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { SidePanel } from '../../../src/panel/SidePanel.tsx';
import { focusOf, visibleRelations } from '../../../src/state/focus.ts';
import type { ViewActions } from '../../../src/state/viewActions.ts';
import type { ViewState } from '../../../src/state/viewState.ts';
import { nameIn } from '../../../src/wording/describe.ts';
import { ALBANIA as STORY } from '../stories.ts';
import { renderView } from '../viewHarness.tsx';

afterEach(cleanup);

let actions: ViewActions | null = null;

/** The panel as the app wires it (a button outside it stands for the map), over the app's reducer. */
const panel = (lang: Lang = 'en', start: Partial<ViewState> = {}) =>
  renderView(
    STORY,
    (view, act) => {
      actions = act;
      return (
        <>
          <button type="button">on the map</button>
          <SidePanel
            story={STORY}
            visible={visibleRelations(STORY, view)}
            selection={view.selection}
            step={view.step}
            focus={focusOf(STORY, view)}
            focusHeading={view.focusHeading}
            question={view.question}
            readingAt={view.readingAt}
            onSelect={act.select}
            onClear={act.clear}
            mode={view.mode}
            onMode={act.setMode}
            onAsk={act.ask}
            onReadAt={act.readAt}
            onShowAll={act.showAll}
          />
        </>
      );
    },
    lang,
    start,
  );

const heading = () => screen.getByRole('heading', { level: 2 });
/** The quotes drawn in the panel, once their frame has come (see SentenceList). */
const quotes = async () => {
  await waitFor(() => expect(document.querySelectorAll('.quote-ur').length).toBeGreaterThan(0));
  return [...document.querySelectorAll<HTMLElement>('.quote-ur')];
};
const act = () => {
  if (!actions) throw new Error('not rendered');
  return actions;
};

describe('SidePanel', () => {
  it('with nothing chosen, gives the story and its questions; a question opens its answer', () => {
    const { view } = panel();
    expect(heading().textContent).toBe('What the article reports');
    expect(screen.getByRole('complementary').textContent).toContain(STORY.meta.summary.en);
    const question = STORY.meta.questions[0];
    if (!question) throw new Error('the story has questions');
    fireEvent.click(screen.getByRole('button', { name: question.label.en }));
    expect(view().question).toBe(question.id);
    expect(view().selection).toEqual(question.select);
    expect(screen.getByText('Your question', { exact: false })).toBeTruthy();
  });

  it('a country’s evidence quotes whole sentences of the article, verbatim, in Urdu, right to left', async () => {
    panel('en', { selection: { kind: 'entity', id: 'ALB' } });
    expect(heading().textContent).toContain(nameIn(STORY, 'ALB', 'en'));
    const shown = await quotes();
    for (const q of shown) {
      expect(q.getAttribute('lang')).toBe('ur');
      expect(q.getAttribute('dir')).toBe('rtl');
      const passage = STORY.passages.find((p) => p.id === q.closest('[data-passage]')?.getAttribute('data-passage'));
      expect(passage).toBeDefined();
      expect(q.textContent).toBe(STORY.article.slice(passage?.start, passage?.end));
    }
    // Our translations are said to be ours.
    expect(document.querySelector('.gloss-label')?.textContent).toBe('Our translation: ');
  });

  it('a relation chosen in the panel takes its place, marks alleged as alleged, and focus follows to its heading', async () => {
    const { view } = panel('en', { selection: { kind: 'entity', id: 'IRN' } });
    const alleged = STORY.relations.find((r) => r.alleged && (r.source === 'IRN' || r.target === 'IRN'));
    if (!alleged) throw new Error('Iran has an alleged relation');
    const line = document.querySelector<HTMLElement>(`.summary-line[data-relation="${alleged.id}"]`);
    expect(line?.getAttribute('data-certainty')).toBe('alleged');
    expect(line?.querySelector('.summary-certainty')?.textContent).toBe('alleged');
    fireEvent.click(line as HTMLElement);
    expect(view().selection).toEqual({ kind: 'relation', id: alleged.id });
    // The line clicked is gone with the old panel: focus is handed to the new heading, not dropped.
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    expect((await quotes()).length).toBeGreaterThan(0);
  });

  it('a choice made on the map with the keyboard sends focus to the heading; one made with the pointer leaves it', () => {
    panel();
    const map = screen.getByRole('button', { name: 'on the map' });
    map.focus();
    flush(() => act().selectOnMap({ kind: 'entity', id: 'KWT' }, 'pointer'));
    expect(heading().textContent).toContain(nameIn(STORY, 'KWT', 'en'));
    expect(document.activeElement).toBe(map);
    flush(() => act().selectOnMap({ kind: 'entity', id: 'IRN' }, 'keyboard'));
    expect(heading().textContent).toContain(nameIn(STORY, 'IRN', 'en'));
    expect(document.activeElement).toBe(heading());
  });

  it('reading mode shows the whole article, sentence by sentence, verbatim', () => {
    panel();
    fireEvent.click(screen.getByRole('button', { name: 'Read the article' }));
    expect(heading().getAttribute('id')).toBe('reader-title');
    const joined = [...document.querySelectorAll('#panel [data-passage]')].map((el) => el.textContent).join('');
    for (const p of STORY.passages) expect(joined).toContain(STORY.article.slice(p.start, p.end));
  });

  it('in Urdu, its own words are Urdu and the panel is marked so', () => {
    panel('ur', { selection: { kind: 'entity', id: 'ALB' } });
    const ur = messagesFor('ur');
    expect(screen.getByRole('complementary', { name: ur.panel.label })).toBeTruthy();
    expect(heading().textContent).toContain(nameIn(STORY, 'ALB', 'ur'));
    expect(within(screen.getByRole('complementary')).queryByText('Evidence')).toBeNull();
  });
});
