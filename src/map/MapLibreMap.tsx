import { useMessages } from '../i18n/useMessages.ts';
import { afterNextPaint } from '../lib/afterNextPaint.ts';
import { whenGpuReady } from '../lib/whenGpuReady.ts';
import { markOnce, PERF } from '../lib/perfMarks.ts';
import { handleAheadKey, handlePointKey } from './handleAnchor.ts';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BaseSnapshot } from './mapSnapshot.ts';
import type { Story } from '../story/types.ts';
import { createStoryMap, type MapLocale, type StoryMap } from './createStoryMap.ts';
import type { MapViewModel } from './style.ts';
import { MapOverlays, type Picker } from './MapOverlays.tsx';
import type { MapStatus, RendererProps, ScreenPoint } from './types.ts';
import { createLandIndex, type LandIndex } from './landIndex.ts';
import { perPixel, type LabelLand } from './labelLayout.ts';
import { sameBounds } from '../arcs/bounds.ts';
import { fetchWorldShapes, loadWorldShapes, worldShapesUrl } from './worldData.ts';

interface Props extends RendererProps {
  readonly story: Story;
  readonly onStatus: (update: (status: MapStatus) => MapStatus) => void;
  readonly onError: (message: string) => void;
  /** WebGL2 was reported but no map could be made: the view switches to the static map. */
  readonly onUnavailable: () => void;
  /** The WebGL context was lost for good: the view switches to the static map, and this map is removed. */
  readonly onContextGone: () => void;
  /** Cooperative gestures (in a frame): a plain wheel scrolls the host page, Ctrl+wheel zooms. */
  readonly cooperative: boolean;
  /** Filled with the map's own snapshot while a map exists (for the PNG export). */
  readonly snapshotRef: RefObject<BaseSnapshot | null>;
}

/**
 * The interactive map: MapLibre with a style built in code, Natural Earth shapes, relation arcs, and
 * DOM labels and edge handles that follow the camera. It only reads view state and reports the
 * reader's choices; every direct MapLibre call stays in createStoryMap. Memoised: the view around it
 * re-renders for its tooltip on every hover and tap, which must not lay the labels out again.
 */
export const MapLibreMap = memo(function MapLibreMap({
  story,
  scene,
  overlay,
  width,
  height,
  compact,
  reserved,
  controls,
  target,
  padding,
  ready,
  palette,
  relationLabel,
  onSelect,
  onHover,
  onStatus,
  onError,
  onUnavailable,
  onContextGone,
  cooperative,
  snapshotRef,
}: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  // What a click on the canvas chooses is worked out by the overlays, which know where every dot is.
  const picker = useRef<Picker | null>(null);
  const mapRef = useRef<StoryMap | null>(null);
  // Screen positions of nodes and of arcs' handle points and the points after them, recomputed by the
  // map on every camera change.
  const [positions, setPositions] = useState<ReadonlyMap<string, ScreenPoint>>(new Map());
  // The camera's screen-to-map conversion, replaced (a new function) with every camera change, so
  // what is derived from it (the labels' land lookups) is made once per camera position.
  const [unproject, setUnproject] = useState<((point: ScreenPoint) => readonly [number, number]) | null>(null);
  // Whose land is where, once the shapes are in: labels keep off neighbouring countries.
  const [landIndex, setLandIndex] = useState<LandIndex | null>(null);
  // The map first drawn, and its labels first placed (a task later, see NodeLabels): the moment
  // `npm run bench` measures, marked in the frame after both. Kept in a ref, not state: rendering
  // the map again for a mark would lay its labels out again.
  const firstDraw = useRef({ drawn: false, placed: false, marked: false });
  const markIfDrawn = useCallback(() => {
    const first = firstDraw.current;
    if (!first.drawn || !first.placed || first.marked) return;
    first.marked = true;
    requestAnimationFrame(() => markOnce(PERF.mapIdle));
  }, []);
  const onLabelsPlaced = useCallback(() => {
    firstDraw.current.placed = true;
    markIfDrawn();
  }, [markIfDrawn]);

  const countryNodes = useMemo(
    () => scene.nodes.filter((n) => n.color !== undefined && n.isoNumeric !== undefined),
    [scene],
  );
  const { colorByIso } = scene;
  const { focus, selectedNode, selectedRelation, visible } = overlay;
  const viewModel = useMemo<MapViewModel>(() => {
    const isoOf = new Map(countryNodes.map((n) => [n.id, n.isoNumeric ?? '']));
    return {
      visible: [...visible],
      focusedRelations: focus ? [...focus.relations] : null,
      selectedRelation,
      focusedIsos: focus
        ? [...focus.entities].map((id) => isoOf.get(id)).filter((x): x is string => x !== undefined)
        : null,
      selectedIso: (selectedNode && isoOf.get(selectedNode)) ?? '',
    };
  }, [visible, focus, selectedNode, selectedRelation, countryNodes]);

  // What the map's callbacks read, kept in a ref so the map is created once per story, not on
  // every change of selection.
  const { lang, t } = useMessages();
  const mapLabel = t.map.label(story.meta.title[lang]);
  const locale = useMemo<MapLocale>(
    () => ({
      map: mapLabel,
      zoomIn: t.map.zoomIn,
      zoomOut: t.map.zoomOut,
      resetNorth: t.map.resetNorth,
      attribution: t.map.attribution,
      wheelHelp: t.map.wheelHelp,
      macWheelHelp: t.map.macWheelHelp,
      touchHelp: t.map.touchHelp,
    }),
    [t, mapLabel],
  );
  const latest = useRef({
    onSelect,
    onHover,
    onStatus,
    onError,
    scene,
    viewModel,
    countryNodes,
    target,
    padding,
    palette,
    locale,
  });
  useEffect(() => {
    latest.current = {
      onSelect,
      onHover,
      onStatus,
      onError,
      scene,
      viewModel,
      countryNodes,
      target,
      padding,
      palette,
      locale,
    };
  }, [onSelect, onHover, onStatus, onError, scene, viewModel, countryNodes, target, padding, palette, locale]);
  useEffect(() => {
    mapRef.current?.setLocale(locale);
  }, [locale]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let live = true;
    const shapesUrl = worldShapesUrl(story.slug);
    const failed = (message: string) => {
      if (!live) return;
      latest.current.onStatus(() => 'error');
      latest.current.onError(message);
    };
    if (shapesUrl === undefined) {
      failed(`no map shapes were built for the story "${story.slug}"`);
      return;
    }
    // The map says it is drawn (idle) only once the labels can be placed too: they need the land
    // index, built on this thread from the same file once MapLibre's worker has it (a cache hit).
    let landReady = false;
    let idleWaiting = false;
    const reportIdle = () => {
      latest.current.onStatus((s) => (s === 'loading' || s === 'busy' ? 'idle' : s));
      firstDraw.current.drawn = true;
      markIfDrawn();
    };
    const idOf = (iso: string) => latest.current.countryNodes.find((n) => n.isoNumeric === iso)?.id;
    const reproject = (on: StoryMap) => {
      const { nodes, handlePoints, handleAhead } = latest.current.scene;
      const next = new Map<string, ScreenPoint>();
      for (const n of nodes) next.set(n.id, on.project(n.lngLat));
      // Each arc's handle points (its middle first): the handle sits on the part of it on screen, and
      // its kind mark points the way the arc runs there (to the next point).
      for (const [id, points] of handlePoints) points.forEach((p, i) => next.set(handlePointKey(id, i), on.project(p)));
      for (const [id, points] of handleAhead) points.forEach((p, i) => next.set(handleAheadKey(id, i), on.project(p)));
      setPositions(next);
      setUnproject(() => (point: ScreenPoint) => on.unproject(point));
    };
    let map: StoryMap | null = null;
    const makeMap = (): StoryMap => {
      // The map opens on what the address selected, if anything, not on the opening view first.
      const { scene: opening, viewModel: view, target: bounds, padding: room, palette, locale: words } = latest.current;
      return createStoryMap(
        host,
        {
          shapesUrl,
          colors: colorByIso,
          arcs: opening.arcs,
          view,
          bounds,
          padding: room,
          palette,
          cooperative,
          locale: words,
        },
        {
          onClick: (point, precise) => picker.current?.(point, precise),
          onHover: (target, point) => {
            const { onHover: hover } = latest.current;
            if (!target) return hover(null);
            if ('arc' in target) return hover({ target: { kind: 'relation', id: target.arc }, ...point });
            const id = idOf(target.iso);
            hover(id ? { target: { kind: 'entity', id }, ...point } : null);
          },
          onMove: () => {
            if (map) reproject(map);
          },
          onShapesIn: () => {
            const done = (index: LandIndex | null) => {
              if (!live) return;
              landReady = true;
              if (index) setLandIndex(index);
              if (idleWaiting) reportIdle();
            };
            loadWorldShapes(shapesUrl)
              .then((countries) => done(createLandIndex(countries)))
              // The map is drawn; without the index its labels are only placed less carefully.
              .catch(() => done(null));
          },
          onShapesFailed: failed,
          onIdle: () => {
            if (landReady) reportIdle();
            else idleWaiting = true;
          },
          onBusy: () => latest.current.onStatus((s) => (s === 'idle' ? 'busy' : s)),
          onError: (message) => latest.current.onError(message),
          onContextGone: () => {
            if (live) onContextGone();
          },
        },
      );
    };
    const open = () => {
      if (!live) return;
      try {
        map = makeMap();
      } catch {
        // WebGL2 was reported but no context could be made (a blocked GPU, a lost context): draw the
        // static map instead of leaving a blank page.
        onUnavailable();
        return;
      }
      const made = map;
      mapRef.current = made;
      snapshotRef.current = (pixelRatio) => made.snapshot(pixelRatio);
      // The camera is set from the start: places and labels can be laid out while the map loads.
      reproject(made);
    };
    // Made once the page's GPU side is ready (see whenGpuReady): asked any sooner, MapLibre's own
    // getContext would hold the main thread for as long as it is not. And once the page has the
    // shapes (index.html preloads them): MapLibre's worker then reads them from the HTTP cache rather
    // than downloading them again. A shapes file that cannot be had is said as the map's failure.
    void Promise.all([whenGpuReady(), fetchWorldShapes(shapesUrl)]).then(open, (e: unknown) =>
      failed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
      mapRef.current = null;
      snapshotRef.current = null;
      map?.destroy();
    };
  }, [story.slug, scene.frame, colorByIso, onUnavailable, onContextGone, cooperative, snapshotRef, markIfDrawn]);

  useEffect(() => {
    mapRef.current?.setArcs(scene.arcs);
  }, [scene]);

  // A choice changes the map after the frame that paints the panel's answer (see afterNextPaint); the
  // map counts as busy from the commit that brings the choice on (a layout effect: before any other
  // task can look), so nothing waiting for the map sees the old drawing as new.
  useLayoutEffect(() => {
    if (!mapRef.current) return;
    latest.current.onStatus((s) => (s === 'idle' ? 'busy' : s));
    return afterNextPaint(() => mapRef.current?.setView(viewModel));
  }, [viewModel]);

  useEffect(() => {
    mapRef.current?.setPalette(palette);
  }, [palette]);

  // The camera follows the selection: each new target is framed (the reader's own pan and zoom are
  // kept until then); the first one was given at creation. A target is new when its box is: a plan
  // made again for the same places (another choice with the same outlines, a story drawn again) leaves
  // the camera, and a reader's own pan, where they are.
  const framed = useRef(target);
  useLayoutEffect(() => {
    if (sameBounds(framed.current, target)) return;
    framed.current = target;
    if (!mapRef.current) return;
    latest.current.onStatus((s) => (s === 'idle' ? 'busy' : s));
    return afterNextPaint(() => mapRef.current?.frame(target, latest.current.padding));
  }, [target]);

  // The room around the framed box changes when the controls are first measured or the map is
  // resized: the same target is framed again at once (the map ignores a padding equal to its own). A
  // new target brings its own room, which the camera's move to it (above) takes: the old view is
  // not framed again first.
  const paddedTarget = useRef(target);
  useEffect(() => {
    const sameTarget = sameBounds(paddedTarget.current, target);
    paddedTarget.current = target;
    mapRef.current?.setPadding(padding, sameTarget);
  }, [padding, target]);

  const at = (_: unknown, key: string) => positions.get(key) ?? { x: -999, y: -999 };
  // Any point, at the camera of the last positions (read only when the pointer picks).
  const projectPoint = useCallback(
    (lngLat: readonly [number, number]) => mapRef.current?.project(lngLat) ?? { x: -999, y: -999 },
    [],
  );
  // One per camera position: see perPixel. The map is flat Web Mercator, never turned or tilted, so
  // a box on screen is a box in longitude and latitude, and the labels' boxes are tested exactly.
  const land = useMemo<LabelLand | undefined>(() => {
    if (!landIndex || !unproject) return undefined;
    return {
      at: perPixel((x, y) => {
        const [lng, lat] = unproject({ x, y });
        return landIndex.at(lng, lat);
      }),
      within: (box, isos) => {
        const [west, north] = unproject({ x: box.left, y: box.top });
        const [east, south] = unproject({ x: box.right, y: box.bottom });
        return landIndex.within({ west, south, east, north }, isos);
      },
    };
  }, [landIndex, unproject]);

  return (
    <>
      <div ref={hostRef} className="map-host" role="region" aria-label={mapLabel} />
      {width > 0 && ready ? (
        // Labels and handles sit over the canvas: a wheel turned over them still zooms the map.
        <div className="map-overlays" onWheel={(e) => mapRef.current?.forwardWheel(e.nativeEvent)}>
          <MapOverlays
            {...{ scene, overlay, width, height, compact, reserved, controls, relationLabel, onSelect, onHover }}
            project={at}
            projectPoint={projectPoint}
            pickRef={picker}
            land={land}
            onLabelsPlaced={onLabelsPlaced}
            kindMarks
          />
        </div>
      ) : null}
      <div className="map-views" role="group" aria-label={t.map.views}>
        <button type="button" onClick={() => mapRef.current?.frame(target, padding)}>
          {t.map.resetView}
        </button>
        {story.map.views.map((view) => (
          <button key={view.id} type="button" data-view={view.id} onClick={() => mapRef.current?.zoomTo(view.bounds)}>
            {view.label[lang]}
          </button>
        ))}
      </div>
    </>
  );
});
