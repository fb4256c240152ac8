import { useCallback, useMemo, useReducer } from 'react';
import { Legend } from '../map/Legend.tsx';
import { MapView, type MapCountry } from '../map/MapView.tsx';
import { SidePanel } from '../panel/SidePanel.tsx';
import { INITIAL_VIEW, viewReducer } from '../state/viewState.ts';
import { COUNTRY_IDS } from '../story/entities.ts';
import { countryRoles } from '../story/roles.ts';
import type { EntityId, Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
}

/** The app: one reducer holds the view state; the map and the panel only read it and dispatch. */
export function App({ story }: Props) {
  const [view, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const countries = useMemo<MapCountry[]>(() => {
    const roles = countryRoles(story);
    return COUNTRY_IDS.flatMap((id) => {
      const entity = story.entities.find((e) => e.id === id);
      const role = roles.get(id);
      return entity?.isoNumeric && role ? [{ entity: { ...entity, id, isoNumeric: entity.isoNumeric }, role }] : [];
    });
  }, [story]);
  const select = useCallback((id: EntityId) => dispatch({ type: 'select-entity', id }), []);
  const clear = useCallback(() => dispatch({ type: 'clear-selection' }), []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Albania, Iran and a cyberattack</h1>
        <p className="subtitle">
          An Urdu news article as a map: who did what to whom, and the exact words that say so.
        </p>
      </header>
      <main className="app-main">
        <div className="map-area">
          <MapView countries={countries} selected={view.selection?.id ?? null} onSelect={select} />
          <Legend />
        </div>
        <SidePanel story={story} selection={view.selection} onClear={clear} />
      </main>
    </div>
  );
}
