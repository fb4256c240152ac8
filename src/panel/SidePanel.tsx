import { countryRoles } from '../story/roles.ts';
import type { Story } from '../story/types.ts';
import type { Selection } from '../state/viewState.ts';
import { EntityDetails } from './EntityDetails.tsx';
import { Overview } from './Overview.tsx';

interface Props {
  readonly story: Story;
  readonly selection: Selection;
  readonly onClear: () => void;
}

/** The side panel: the selected entity's evidence, or the overview. */
export function SidePanel({ story, selection, onClear }: Props) {
  const entity = selection ? story.entities.find((e) => e.id === selection.id) : undefined;
  return (
    <aside className="side-panel" aria-label="Evidence from the article" data-testid="side-panel">
      {entity ? (
        <EntityDetails story={story} entity={entity} role={countryRoles(story).get(entity.id)} onClose={onClear} />
      ) : (
        <Overview story={story} />
      )}
      <footer className="panel-footer">
        <span>Get the data:</span> <a href="data/story.json" download>story.json</a>{' '}
        <a href="data/relations.csv" download>relations.csv</a>
        <span className="attribution"> · Country shapes: Natural Earth</span>
      </footer>
    </aside>
  );
}
