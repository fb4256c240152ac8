// Component tests render a view wired to the app's own reducer, as the app wires it: a click
// dispatches the real action, the view draws the real next state, and the test reads what a reader
// would (roles, names, text), never a component's internals.
import { render, type RenderResult } from '@testing-library/react';
import { useMemo, useReducer, type ReactNode } from 'react';
import type { Lang } from '../../src/i18n/lang.ts';
import { messagesFor } from '../../src/i18n/messages.ts';
import { MessagesContext } from '../../src/i18n/useMessages.ts';
import { viewActions, type ViewActions } from '../../src/state/viewActions.ts';
import { createViewReducer, INITIAL_VIEW, relationCatalog, type ViewState } from '../../src/state/viewState.ts';
import type { Story } from '../../src/story/types.ts';

/** What a view is drawn from: the state now, and the handlers the app gives it. */
export type Draw = (view: ViewState, act: ViewActions) => ReactNode;

/** The rendered view, and the view state as its last render saw it. */
export interface Harnessed extends RenderResult {
  readonly view: () => ViewState;
}

/** Renders `draw` for `story` in `lang`, from INITIAL_VIEW with `start` over it. */
export function renderView(story: Story, draw: Draw, lang: Lang = 'en', start: Partial<ViewState> = {}): Harnessed {
  let last: ViewState = { ...INITIAL_VIEW, ...start, lang };
  function Harness() {
    const reducer = useMemo(
      () =>
        createViewReducer(
          relationCatalog(story),
          story.steps.map((s) => s.relations),
        ),
      [],
    );
    const [view, dispatch] = useReducer(reducer, last);
    const act = useMemo(() => viewActions(dispatch), []);
    const messages = useMemo(() => ({ lang, t: messagesFor(lang) }), []);
    last = view;
    return <MessagesContext value={messages}>{draw(view, act)}</MessagesContext>;
  }
  const result = render(<Harness />);
  return { ...result, view: () => last };
}
