import type { FeatureCollection, LineString } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import { boundsOf } from '../arcs/bounds.ts';
import { REGION_BOUNDS, STORY_BOUNDS } from './anchors.ts';
import type { ArcProps } from '../arcs/relationArcs.ts';
import { hasWebGL2 } from '../lib/webgl.ts';
import type { Focus } from '../state/focus.ts';
import type { Selection } from '../state/viewState.ts';
import type { CountryRole } from '../story/roles.ts';
import type { EntityId } from '../story/types.ts';
import { createStoryMap, type MapViewModel, type StoryMap } from './createStoryMap.ts';
import { EdgeHandles, type EdgeHandleItem } from './EdgeHandles.tsx';
import { FallbackMap } from './FallbackMap.tsx';
import { KIND_COLORS, ROLE_COLORS } from '../theme/palette.ts';
import { MapTooltip, type TooltipText } from './MapTooltip.tsx';
import { NodeLabels, type NodeLabelItem } from './NodeLabels.tsx';
import { loadWorldTopology } from './worldData.ts';
import { countriesFromTopology } from './worldGeometry.ts';

/** An entity drawn on the map: a country (with its role and ISO numeric code) or an actor. */
export interface MapNode {
  readonly id: EntityId;
  readonly lngLat: readonly [number, number];
  readonly ur: string;
  readonly en: string;
  readonly role?: CountryRole;
  readonly isoNumeric?: string;
  readonly description: string;
}

/** What the pointer or keyboard focus is on. */
export type HoverTarget = { readonly kind: 'entity'; readonly id: EntityId } | { readonly kind: 'relation'; readonly id: string };

interface Props {
  readonly nodes: readonly MapNode[];
  readonly arcs: FeatureCollection<LineString, ArcProps>;
  /** Relation ids the filters let through. */
  readonly visible: readonly string[];
  readonly focus: Focus | null;
  readonly selection: Selection;
  readonly onSelect: (selection: Exclude<Selection, null>) => void;
  readonly describe: (target: HoverTarget) => TooltipText | null;
  readonly relationLabel: (id: string) => string;
}

/** Where the map is: `idle` once drawn and after each redraw (`busy` while one is pending);
 * `fallback` means no WebGL and a static map. Tests wait for `idle`. */
export type MapStatus = 'loading' | 'idle' | 'busy' | 'fallback' | 'error';

interface Hover {
  readonly target: HoverTarget;
  readonly x: number;
  readonly y: number;
}

/**
 * The interactive map: MapLibre with a style built in code, Natural Earth shapes, relation arcs, and
 * DOM labels that follow the camera. Without WebGL2 it draws the same things as a static SVG
 * (FallbackMap) and says so. It only reads view state and reports the reader's choices.
 */
export function MapView({ nodes, arcs, visible, focus, selection, onSelect, describe, relationLabel }: Props) {
  const viewRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<StoryMap | null>(null);
  const [webgl, setWebgl] = useState(() => hasWebGL2());
  const [status, setStatus] = useState<MapStatus>(webgl ? 'loading' : 'fallback');
  const [error, setError] = useState<string | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [hover, setHover] = useState<Hover | null>(null);
  // Screen positions of nodes and arc middles, recomputed by the map on every camera change.
  const [positions, setPositions] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());

  const countryNodes = useMemo(() => nodes.filter((n) => n.role && n.isoNumeric), [nodes]);
  const roleByIso = useMemo(() => new Map(countryNodes.map((n) => [n.isoNumeric ?? '', n.role ?? 'ally'])), [countryNodes]);
  const idByIso = useMemo(() => new Map(countryNodes.map((n) => [n.isoNumeric ?? '', n.id])), [countryNodes]);
  const midpoints = useMemo(
    () =>
      new Map(
        arcs.features.map((f) => {
          const c = f.geometry.coordinates;
          const mid = c[Math.floor(c.length / 2)] ?? [0, 0];
          return [f.properties.id, [mid[0] ?? 0, mid[1] ?? 0] as const];
        }),
      ),
    [arcs],
  );

  const selectedNode = selection?.kind === 'entity' ? selection.id : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;
  const viewModel = useMemo<MapViewModel>(() => {
    const isoOf = new Map(countryNodes.map((n) => [n.id, n.isoNumeric ?? '']));
    return {
      visible,
      focusedRelations: focus ? [...focus.relations] : null,
      selectedRelation,
      focusedIsos: focus ? [...focus.entities].map((id) => isoOf.get(id)).filter((x): x is string => x !== undefined) : null,
      selectedIso: (selectedNode && isoOf.get(selectedNode)) ?? '',
    };
  }, [visible, focus, selectedNode, selectedRelation, countryNodes]);

  // What the map's callbacks read, kept in a ref so the map is created once, not on every change.
  const latest = useRef({ onSelect, nodes, midpoints, idByIso, arcs, viewModel });
  useEffect(() => {
    latest.current = { onSelect, nodes, midpoints, idByIso, arcs, viewModel };
  }, [onSelect, nodes, midpoints, idByIso, arcs, viewModel]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !webgl) return;
    let live = true;
    const reproject = () => {
      const { nodes: ns, midpoints: ms } = latest.current;
      const next = new Map<string, { x: number; y: number }>();
      for (const n of ns) next.set(n.id, map.project(n.lngLat));
      for (const [id, m] of ms) next.set(`arc:${id}`, map.project(m));
      setPositions(next);
    };
    // The view fits the places, not the arcs: a great circle from the US to Iran grazes the Arctic,
    // and fitting it would shrink the crowded Middle East. Arcs may leave the frame at the top.
    const frame = boundsOf([...STORY_BOUNDS, ...latest.current.nodes.map((n) => n.lngLat)]) ?? STORY_BOUNDS;
    let map: StoryMap;
    try {
      map = createStoryMap(host, roleByIso, frame, {
        onCountryClick: (iso) => {
          const id = latest.current.idByIso.get(iso);
          if (id) latest.current.onSelect({ kind: 'entity', id });
        },
        onArcClick: (id) => latest.current.onSelect({ kind: 'relation', id }),
        onHover: (target, point) => {
          if (!target) return setHover(null);
          if ('arc' in target) return setHover({ target: { kind: 'relation', id: target.arc }, ...point });
          const id = latest.current.idByIso.get(target.iso);
          setHover(id ? { target: { kind: 'entity', id }, ...point } : null);
        },
        onMove: reproject,
        onIdle: () => setStatus((s) => (s === 'loading' || s === 'busy' ? 'idle' : s)),
        onBusy: () => setStatus((s) => (s === 'idle' ? 'busy' : s)),
        onError: (message) => setError(message),
      });
    } catch {
      // WebGL2 was reported but no context could be made (a blocked GPU, a lost context): draw the
      // static map instead of leaving a blank page.
      queueMicrotask(() => {
        if (!live) return;
        setWebgl(false);
        setStatus('fallback');
      });
      return () => {
        live = false;
      };
    }
    mapRef.current = map;
    // The map may be (re)created after the arcs and the view were set: give it the latest of both.
    map.setArcs(latest.current.arcs);
    map.setView(latest.current.viewModel);
    loadWorldTopology()
      .then((topology) => {
        if (live) map.setCountries(countriesFromTopology(topology));
      })
      .catch((e: unknown) => {
        if (!live) return;
        setStatus('error');
        setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
      mapRef.current = null;
      map.destroy();
    };
  }, [webgl, roleByIso]);

  useEffect(() => {
    mapRef.current?.setArcs(arcs);
  }, [arcs]);

  useEffect(() => {
    mapRef.current?.setView(viewModel);
  }, [viewModel]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const ro = new ResizeObserver(() => {
      setSize({ width: view.clientWidth, height: view.clientHeight });
      mapRef.current?.resize();
    });
    ro.observe(view);
    return () => ro.disconnect();
  }, []);

  const select = (id: string) => onSelect({ kind: 'entity', id });
  const nodeHover = (id: string | null, point: { x: number; y: number }) => setHover(id ? { target: { kind: 'entity', id }, ...point } : null);
  const edgeHover = (id: string | null, point: { x: number; y: number }) => setHover(id ? { target: { kind: 'relation', id }, ...point } : null);

  const labelItems = (project: (n: MapNode) => { x: number; y: number }): NodeLabelItem[] =>
    nodes.map((n) => ({
      id: n.id,
      ...project(n),
      ur: n.ur,
      en: n.en,
      color: n.role ? ROLE_COLORS[n.role] : undefined,
      description: n.description,
      dimmed: focus !== null && !focus.entities.has(n.id),
      focused: focus !== null && focus.entities.has(n.id),
      selected: selectedNode === n.id,
    }));
  const visibleSet = new Set(visible);
  const handleItems = (project: (id: string, lngLat: readonly [number, number]) => { x: number; y: number }): EdgeHandleItem[] =>
    arcs.features
    .filter((f) => visibleSet.has(f.properties.id))
    .map((f) => ({
      id: f.properties.id,
      ...project(f.properties.id, midpoints.get(f.properties.id) ?? [0, 0]),
      label: relationLabel(f.properties.id),
      color: KIND_COLORS[f.properties.kind],
      selected: selectedRelation === f.properties.id,
      dimmed: focus !== null && !focus.relations.has(f.properties.id),
    }));
  const tooltip = hover ? describe(hover.target) : null;

  return (
    <div className="map-view" ref={viewRef} data-map-state={status}>
      {webgl ? (
        <div ref={hostRef} className="map-host" role="region" aria-label="Map of the countries and actors in the story" />
      ) : (
        <FallbackMap
          width={size.width}
          height={size.height}
          nodes={nodes}
          arcs={arcs}
          visible={visibleSet}
          focus={focus}
          selectedRelation={selectedRelation}
          labelItems={labelItems}
          handleItems={handleItems}
          onSelect={onSelect}
          onHover={setHover}
        />
      )}
      {webgl && size.width > 0 ? (
        // Labels and handles sit over the canvas: a wheel turned over them still zooms the map.
        <div className="map-overlays" onWheel={(e) => mapRef.current?.forwardWheel(e.nativeEvent)}>
          <NodeLabels
            items={labelItems((n) => positions.get(n.id) ?? { x: -999, y: -999 })}
            width={size.width}
            height={size.height}
            compact={size.width < 560}
            onSelect={select}
            onHover={nodeHover}
          />
          <EdgeHandles
            items={handleItems((id) => positions.get(`arc:${id}`) ?? { x: -999, y: -999 })}
            width={size.width}
            height={size.height}
            onSelect={(id) => onSelect({ kind: 'relation', id })}
            onHover={edgeHover}
          />
        </div>
      ) : null}
      {tooltip && hover ? <MapTooltip text={tooltip} x={hover.x} y={hover.y} width={size.width} /> : null}
      {!webgl ? (
        <p className="map-notice" role="status">
          This browser cannot draw the interactive map (WebGL is off or missing), so a still map is shown. Everything
          else works.
        </p>
      ) : null}
      {error ? (
        <p className="map-notice map-notice-error" role="alert">
          The map could not be drawn: {error}
        </p>
      ) : null}
      {webgl ? (
        <div className="map-views" role="group" aria-label="Map views">
          <button type="button" onClick={() => mapRef.current?.resetView()}>
            Whole story
          </button>
          <button type="button" onClick={() => mapRef.current?.zoomTo(REGION_BOUNDS)}>
            Albania to Iran
          </button>
        </div>
      ) : null}
    </div>
  );
}
