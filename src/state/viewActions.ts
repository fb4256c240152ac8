import type { RelationKind } from '../story/relationKinds.ts';
import type { StoryQuestion } from '../story/package/schema.ts';
import type { PassageId } from '../story/types.ts';
import type { ClaimsFilter, PanelMode, Selection, SelectHow, ViewAction } from './viewState.ts';

type Chosen = Exclude<Selection, null>;

/**
 * The handlers the views are given, one per thing a reader does, each dispatching one action. Made
 * once per reducer: a handler keeps its identity, so a memoised view (the legend, the map) is not
 * drawn again for a new function on a choice that does not concern it.
 */
export function viewActions(dispatch: (action: ViewAction) => void) {
  return {
    /** A link in the panel or a row of the table: selects, never clears. */
    select: (selection: Chosen) => dispatch({ type: 'select', selection }),
    /** A place or arrow on the map: a second choice of the same thing clears it. */
    selectOnMap: (selection: Chosen, how?: SelectHow) => dispatch({ type: 'toggle-select', selection, how }),
    /** A kind in the legend, chosen as a selection (its relations in the panel). */
    selectKind: (kind: RelationKind) =>
      dispatch({ type: 'toggle-select', selection: { kind: 'relation-kind', id: kind } }),
    clear: () => dispatch({ type: 'clear-selection' }),
    back: () => dispatch({ type: 'back' }),
    ask: (question: Pick<StoryQuestion, 'id' | 'select' | 'answer'>) => dispatch({ type: 'ask', question }),
    readAt: (passage: PassageId) => dispatch({ type: 'read-at', passage }),
    setMode: (mode: PanelMode) => dispatch({ type: 'set-mode', mode }),
    toggleKind: (kind: RelationKind) => dispatch({ type: 'toggle-kind', kind }),
    toggleClaim: (claim: keyof ClaimsFilter) => dispatch({ type: 'toggle-claim', claim }),
    showAll: () => dispatch({ type: 'show-all-kinds' }),
    dismissNotice: () => dispatch({ type: 'dismiss-notice' }),
    startStory: () => dispatch({ type: 'start-story' }),
    goToStep: (step: number) => dispatch({ type: 'go-to-step', step }),
    nextStep: () => dispatch({ type: 'next-step' }),
    previousStep: () => dispatch({ type: 'previous-step' }),
    setPlaying: (playing: boolean) => dispatch({ type: 'set-playing', playing }),
    blank: () => dispatch({ type: 'set-blank', blank: true }),
    wake: () => dispatch({ type: 'set-blank', blank: false }),
    leaveStory: () => dispatch({ type: 'leave-story' }),
    openTable: () => dispatch({ type: 'set-table', open: true }),
    closeTable: () => dispatch({ type: 'set-table', open: false }),
    openShare: () => dispatch({ type: 'set-share', open: true }),
    closeShare: () => dispatch({ type: 'set-share', open: false }),
  } as const;
}

/** The app's handlers, as made by viewActions. */
export type ViewActions = ReturnType<typeof viewActions>;
