import { useMemo, useReducer } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { viewActions } from '../state/viewActions.ts';
import { createViewReducer, relationCatalog } from '../state/viewState.ts';
import type { Story } from '../story/types.ts';
import { startState } from './startState.ts';

/** The app's one reducer for a story, started from the address, and the handlers that dispatch to it. */
export function useViewState(story: Story, search: string, lang: Lang, earlierNotice: string | null) {
  const catalog = useMemo(() => relationCatalog(story), [story]);
  const reducer = useMemo(
    () =>
      createViewReducer(
        catalog,
        story.steps.map((s) => s.relations),
      ),
    [catalog, story],
  );
  const [view, dispatch] = useReducer(reducer, search, (s) => startState(story, catalog, s, lang, earlierNotice));
  const act = useMemo(() => viewActions(dispatch), []);
  return { view, dispatch, act };
}
