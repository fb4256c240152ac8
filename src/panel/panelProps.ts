import type { Selection } from '../state/viewState.ts';
import type { StoryQuestion } from '../story/package/schema.ts';
import type { CountryRole } from '../story/roles.ts';
import type { EntityId, Relation, Story } from '../story/types.ts';

/** What every panel view reads and how it reports the reader's choices. */
export interface PanelContext {
  readonly story: Story;
  /** Relations the filters let through; panels list only these, as the map draws only these. */
  readonly visible: readonly Relation[];
  readonly roles: ReadonlyMap<EntityId, CountryRole>;
  readonly selection: Selection;
  /** The start question the selection was opened by: the panel shows itself as its answer. */
  readonly question: StoryQuestion | null;
  readonly onSelect: (selection: Exclude<Selection, null>) => void;
  readonly onClear: () => void;
}
