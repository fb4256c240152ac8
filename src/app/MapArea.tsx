import { Suspense, type RefObject } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { Legend } from '../legend/Legend.tsx';
import type { MapHandle } from '../map/mapSnapshot.ts';
import { MapView } from '../map/MapView.tsx';
import { StoryOverlay } from '../presentation/StoryOverlay.tsx';
import type { ViewActions } from '../state/viewActions.ts';
import type { Selection, SelectHow, ViewState } from '../state/viewState.ts';
import type { RelationKind } from '../story/relationKinds.ts';
import type { Relation, Story } from '../story/types.ts';
import { AreaBoundary } from './AreaBoundary.tsx';
import { lazyPart } from './lazyPart.ts';
import type { MapInput } from './useDerivedView.ts';

// The table of relations loads when it is first opened; a load that fails (offline, a redeploy) is
// said in its place and can be tried again (lazyPart).
const RelationsTable = lazyPart(
  () => import('../table/RelationsTable.tsx'),
  (m) => m.RelationsTable,
);

interface Props {
  readonly story: Story;
  readonly view: ViewState;
  readonly act: ViewActions;
  /** The relations the filters and the story's step let through. */
  readonly visible: readonly Relation[];
  /** What the map shows now, one render behind the panel; `pending` until it has caught up. */
  readonly mapShows: MapInput;
  readonly pending: boolean;
  readonly counts: ReadonlyMap<RelationKind, number>;
  /** The legend starts folded: a phone, a short screen, story mode, a publisher's frame. */
  readonly foldLegend: boolean;
  readonly mapHandle: RefObject<MapHandle | null>;
  readonly onSelectOnMap: (selection: Exclude<Selection, null>, how?: SelectHow) => void;
}

/** The map's side of the page: the map, the table over it when open, story mode's controls, the legend. */
export function MapArea({ story, view, act, visible, mapShows, pending, counts, foldLegend, mapHandle, ...on }: Props) {
  const { t } = useMessages();
  const { step } = view;
  return (
    <div
      className="map-area"
      id="map-area"
      tabIndex={-1}
      data-table={view.table || undefined}
      data-map-pending={pending || undefined}
    >
      {view.table ? (
        <AreaBoundary area="table" className="relations-table" title={t.app.tableFailed} onClose={act.closeTable}>
          <Suspense fallback={null}>
            <RelationsTable
              story={story}
              visible={visible}
              selection={view.selection}
              onSelect={act.select}
              onClose={act.closeTable}
            />
          </Suspense>
        </AreaBoundary>
      ) : null}
      <AreaBoundary area="map" title={t.app.mapFailed}>
        <MapView
          ref={mapHandle}
          story={story}
          visible={mapShows.visible}
          focus={mapShows.focus}
          selection={mapShows.selection}
          theme={view.theme}
          cooperative={view.embed}
          onSelect={on.onSelectOnMap}
        />
      </AreaBoundary>
      {step !== null ? <StoryOverlay story={story} step={step} playing={view.playing} act={act} /> : null}
      <Legend
        // Story mode starts with the legend folded (the map and the step need the room): a new key
        // opens it afresh in its starting state.
        key={step === null ? 'explore' : 'story'}
        story={story}
        narrow={foldLegend}
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
    </div>
  );
}
