import { useDeferredValue, useMemo } from 'react';
import { focusOf, visibleRelations, type Focus } from '../state/focus.ts';
import { relationsUpTo, stepFocus } from '../state/storyMode.ts';
import type { Selection, ViewState } from '../state/viewState.ts';
import { kindCounts } from '../story/relationKinds.ts';
import type { Relation, Story } from '../story/types.ts';

/** What the map is given: the relations it draws, what it emphasises, and what is chosen. */
export interface MapInput {
  readonly visible: readonly Relation[];
  readonly focus: Focus | null;
  readonly selection: Selection;
}

/**
 * What the views show, derived from the view state. Each value depends on the parts of the view it
 * reads, so a change of panel mode or a dismissed notice does not make the map redraw. In story mode
 * the map holds what the steps so far have added (the filters still apply), and a step emphasises its
 * own places and relations; a selection made meanwhile takes over the focus.
 */
export function useDerivedView(story: Story, view: Pick<ViewState, 'selection' | 'kinds' | 'claims' | 'step'>) {
  const { selection, kinds, claims, step } = view;
  const visible = useMemo(() => {
    const all = visibleRelations(story, { kinds, claims });
    if (step === null) return all;
    const added = relationsUpTo(story, step);
    return all.filter((r) => added.has(r.id));
  }, [story, kinds, claims, step]);
  const focus = useMemo(
    () => (selection === null && step !== null ? stepFocus(story, step) : focusOf(story, { selection, kinds, claims })),
    [story, selection, kinds, claims, step],
  );
  // The map follows a choice one render behind the panel: the panel's answer is committed and painted
  // first (what the reader asked for), then the map's labels and arrows are laid out again and its
  // camera moves. Until it has caught up (`mapPending`), the map area says so (data-map-pending), and
  // the map itself counts as busy from then on, so nothing waiting for the map takes the old drawing
  // for the new.
  const mapInput = useMemo<MapInput>(() => ({ visible, focus, selection }), [visible, focus, selection]);
  const mapShows = useDeferredValue(mapInput);
  // How many relations of each kind the story has, for the legend.
  const counts = useMemo(() => kindCounts(story), [story]);
  return { visible, focus, mapShows, mapPending: mapShows !== mapInput, counts };
}
