import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { relationArcs } from '../arcs/relationArcs.ts';
import { Legend } from '../legend/Legend.tsx';
import { ACTOR_ANCHORS, COUNTRY_ANCHORS } from '../map/anchors.ts';
import { MapView, type HoverTarget, type MapNode } from '../map/MapView.tsx';
import type { TooltipText } from '../map/MapTooltip.tsx';
import { SidePanel } from '../panel/SidePanel.tsx';
import { focusOf, mapEntityFor, visibleRelations } from '../state/focus.ts';
import { createViewReducer, relationCatalog, type Selection, type ViewState } from '../state/viewState.ts';
import { describeRelation, relationLabel } from '../story/describe.ts';
import { COUNTRY_IDS } from '../story/entities.ts';
import { kindOf, RELATION_KINDS, type RelationKind } from '../story/relationKinds.ts';
import { countryRoles, ROLE_LABELS } from '../story/roles.ts';
import type { EntityId, Story } from '../story/types.ts';
import { parseUrlState, searchForState, urlCatalog } from '../url/urlState.ts';
import { Notice } from './Notice.tsx';

interface Props {
  readonly story: Story;
  /** The query string the page was opened with. */
  readonly initialSearch: string;
}

/** Replaces the address without a history entry; a sandboxed frame may forbid it, which is fine. */
function mirrorToUrl(state: ViewState): void {
  try {
    const search = searchForState(state, window.location.search);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  } catch {
    // The view still works; only the shareable address is not updated.
  }
}

/**
 * The app. Data flows one way: story → view state (one reducer, mirrored in the URL) → views. The
 * map, legend and panel only read state and dispatch; they never call each other.
 */
export function App({ story, initialSearch }: Props) {
  const catalog = useMemo(() => relationCatalog(story), [story]);
  const reducer = useMemo(() => createViewReducer(catalog), [catalog]);
  const [view, dispatch] = useReducer(reducer, initialSearch, (search) => parseUrlState(search, urlCatalog(story, catalog)).state);
  useEffect(() => mirrorToUrl(view), [view]);
  // Escape steps back to the overview from anywhere, as in any map or dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) dispatch({ type: 'clear-selection' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const roles = useMemo(() => countryRoles(story), [story]);
  const nodes = useMemo<MapNode[]>(() => {
    const byId = new Map(story.entities.map((e) => [e.id, e]));
    const countries = COUNTRY_IDS.flatMap((id): MapNode[] => {
      const e = byId.get(id);
      const role = roles.get(id);
      if (!e || !role) return [];
      return [{ id, lngLat: COUNTRY_ANCHORS[id], ur: e.names.ur, en: e.names.en, role, isoNumeric: e.isoNumeric ?? '', description: `${e.names.en} (${e.names.ur}), ${ROLE_LABELS[role]}` }];
    });
    const actors = Object.entries(ACTOR_ANCHORS).flatMap(([id, lngLat]): MapNode[] => {
      const e = byId.get(id);
      if (!e) return [];
      const label = e.label ?? e.names;
      return [{ id, lngLat, ur: label.ur, en: label.en, description: `${e.names.en} (${e.names.ur}), ${e.type}, not a place` }];
    });
    return [...countries, ...actors];
  }, [story, roles]);
  const drawn = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const arcs = useMemo(() => {
    const place = new Map(nodes.map((n) => [n.id, n.lngLat]));
    return relationArcs(story.relations, (id) => place.get(id));
  }, [story, nodes]);

  const visible = useMemo(() => visibleRelations(story, view), [story, view]);
  const visibleIds = useMemo(() => visible.map((r) => r.id), [visible]);
  const focus = useMemo(() => focusOf(story, view, drawn), [story, view, drawn]);
  const counts = useMemo(() => {
    const m = new Map<RelationKind, number>(RELATION_KINDS.map((k) => [k, 0]));
    for (const r of story.relations) m.set(kindOf(r), (m.get(kindOf(r)) ?? 0) + 1);
    return m;
  }, [story]);

  const select = useCallback((selection: Exclude<Selection, null>) => dispatch({ type: 'select', selection }), []);
  const toggle = useCallback((selection: Exclude<Selection, null>) => dispatch({ type: 'toggle-select', selection }), []);
  const clear = useCallback(() => dispatch({ type: 'clear-selection' }), []);
  const mapEntityOf = useCallback((id: EntityId) => mapEntityFor(story, id, drawn), [story, drawn]);

  const describe = useCallback(
    (target: HoverTarget): TooltipText | null => {
      if (target.kind === 'relation') {
        const r = story.relations.find((x) => x.id === target.id);
        if (!r) return null;
        const d = describeRelation(story, r);
        const when = d.dateEn ? ` · ${d.dateEn}` : r.contextDate ? ` · ${r.contextDate.en} (context, not in the article)` : '';
        const lines = [...new Set(r.evidence.map((pid) => story.passages.find((p) => p.id === pid)?.line))].join(', ');
        return { en: d.en, ur: d.ur, detail: `${d.certainty === 'alleged' ? 'Alleged' : 'Stated'}${when} · evidence: line ${lines}` };
      }
      const e = story.entities.find((x) => x.id === target.id);
      if (!e) return null;
      const role = roles.get(e.id);
      const n = visible.filter((r) => r.source === e.id || r.target === e.id).length;
      return { en: e.names.en, ur: e.names.ur, detail: `${role ? `${ROLE_LABELS[role]} · ` : ''}${n} relation${n === 1 ? '' : 's'} shown` };
    },
    [story, roles, visible],
  );
  const labelOf = useCallback((id: string) => {
    const r = story.relations.find((x) => x.id === id);
    return r ? relationLabel(story, r) : id;
  }, [story]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Albania, Iran and a cyberattack</h1>
        <p className="subtitle">An Urdu news article as a map: who did what to whom, and the exact words that say so.</p>
      </header>
      {view.notice ? <Notice text={view.notice} onDismiss={() => dispatch({ type: 'dismiss-notice' })} /> : null}
      <main className="app-main">
        <div className="map-area">
          <MapView
            nodes={nodes}
            arcs={arcs}
            visible={visibleIds}
            focus={focus}
            selection={view.selection}
            onSelect={toggle}
            describe={describe}
            relationLabel={labelOf}
          />
          <Legend
            kinds={view.kinds}
            claims={view.claims}
            counts={counts}
            selection={view.selection}
            onToggleKind={(kind) => dispatch({ type: 'toggle-kind', kind })}
            onToggleClaim={(claim) => dispatch({ type: 'toggle-claim', claim })}
            onSelectKind={(kind) => toggle({ kind: 'relation-kind', id: kind })}
            onShowAll={() => dispatch({ type: 'show-all-kinds' })}
          />
        </div>
        <SidePanel
          story={story}
          visible={visible}
          roles={roles}
          selection={view.selection}
          onSelect={select}
          onClear={clear}
          mode={view.mode}
          onMode={(mode) => dispatch({ type: 'set-mode', mode })}
          mapEntityOf={mapEntityOf}
        />
      </main>
    </div>
  );
}
