import type { EntityId } from '../story/types.ts';

/** What the reader has selected: an entity (a country, a person...) or nothing. */
export type Selection = { readonly kind: 'entity'; readonly id: EntityId } | null;

/** All UI state of the app; views derive everything else from it and the story. */
export interface ViewState {
  readonly selection: Selection;
}

/** Everything that can change the view state. */
export type ViewAction = { readonly type: 'select-entity'; readonly id: EntityId } | { readonly type: 'clear-selection' };

/** The state of a fresh page. */
export const INITIAL_VIEW: ViewState = { selection: null };

/** The one reducer of the app. Selecting the selected entity again clears the selection. */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select-entity':
      if (state.selection?.id === action.id) return { ...state, selection: null };
      return { ...state, selection: { kind: 'entity', id: action.id } };
    case 'clear-selection':
      return state.selection === null ? state : { ...state, selection: null };
  }
}
