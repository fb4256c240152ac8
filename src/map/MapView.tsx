import { useMessages } from '../i18n/useMessages.ts';
import { langAttributes } from '../i18n/lang.ts';
import './map.css';
import {
  memo,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { mayHaveWebGL2 } from '../lib/webgl.ts';
import { lazyPart } from '../app/lazyPart.ts';
import type { Focus } from '../state/focus.ts';
import type { Selection } from '../state/viewState.ts';
import { relationLabel } from '../wording/describe.ts';
import { countryRoles } from '../story/roles.ts';
import { entityTooltip, relationTooltip } from '../wording/tooltips.ts';
import type { Relation, Story } from '../story/types.ts';
import { mapPalette, type ThemeName } from '../theme/palette.ts';
import { BREAKPOINT } from '../theme/tokens.ts';
import { composeSnapshot, svgSnapshot, type BaseSnapshot, type MapHandle } from './mapSnapshot.ts';
import { MapTooltip } from './MapTooltip.tsx';
import { cameraPlan, openingPlan, sceneOf } from './scene.ts';
import { framePadding } from './framing.ts';
import { placeOutlinesOf } from './worldData.ts';
import { useReservedBoxes } from './useReservedBoxes.ts';
import type { Hover, MapStatus, OverlayState, RendererProps, SelectHow } from './types.ts';

interface Props {
  readonly story: Story;
  /** Relations the filters let through. */
  readonly visible: readonly Relation[];
  readonly focus: Focus | null;
  readonly selection: Selection;
  /** The page's theme: the map's own colours follow it. */
  readonly theme: ThemeName;
  /** In a publisher's frame: the page scrolls past the map; Ctrl (or two fingers) zooms it. */
  readonly cooperative?: boolean;
  readonly onSelect: (selection: Exclude<Selection, null>, how?: SelectHow) => void;
  /** What the app may ask of the map as drawn: a snapshot for the PNG export. */
  readonly ref?: Ref<MapHandle>;
}

// MapLibre (about 290 kB of script, gzip) loads beside the first view instead of in it: the story's text
// is painted while it comes (index.html preloads it, see scripts/preloadPlugin.ts). The still SVG map
// loads only where WebGL2 is missing.
const MapLibreMap = lazyPart(
  () => import('./MapLibreMap.tsx'),
  (m) => m.MapLibreMap,
);
const FallbackMap = lazyPart(
  () => import('./FallbackMap.tsx'),
  (m) => m.FallbackMap,
);

// Below this width, labels turn compact (smaller; actors show only their dot, or none beside a selection).
const COMPACT_WIDTH = BREAKPOINT.compactLabels;
// About the size of a label (px), Urdu above English, smaller on a compact map. The frame
// leaves this much beside its places, so that one at its edge is named there, not over a neighbour.
const LABEL_ROOM = { compact: { x: 84, y: 40 }, full: { x: 112, y: 52 } } as const;

/**
 * The map of a story: MapLibre where WebGL2 works, else a static SVG drawing of the same scene, with
 * a note saying so. It owns what both share (the frame's size, the tooltip, the map's status) and
 * only reads view state and reports the reader's choices. Memoised: the app re-renders on every
 * choice, and the map follows one render behind (App's deferred map input) rather than in the same one.
 */
export const MapView = memo(function MapView({
  story,
  visible,
  focus,
  selection,
  theme,
  cooperative = false,
  onSelect,
  ref,
}: Props) {
  const { lang, t } = useMessages();
  const viewRef = useRef<HTMLDivElement>(null);
  const [webgl, setWebgl] = useState(() => mayHaveWebGL2());
  const [status, setStatus] = useState<MapStatus>(webgl ? 'loading' : 'fallback');
  const [error, setError] = useState<string | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [hover, setHover] = useState<Hover | null>(null);
  const [noticeClosed, setNoticeClosed] = useState(false);
  // The live map lost its WebGL context for good: the still map took over, and the note says why.
  const [contextLost, setContextLost] = useState(false);

  // The live map fills this with its own snapshot; the still map is read from its SVG.
  const glSnapshot = useRef<BaseSnapshot | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      snapshot: (pixelRatio) => {
        const view = viewRef.current;
        if (!view || status === 'loading') return Promise.resolve(null);
        const svg = view.querySelector<SVGSVGElement>('svg.fallback-map');
        const base: BaseSnapshot = webgl
          ? (r) => glSnapshot.current?.(r) ?? Promise.resolve(null)
          : (r) => (svg ? svgSnapshot(svg, r) : Promise.resolve(null));
        return composeSnapshot(view, base, pixelRatio);
      },
    }),
    [webgl, status],
  );

  const scene = useMemo(() => sceneOf(story), [story]);
  const roles = useMemo(() => countryRoles(story), [story]);
  const overlay = useMemo<OverlayState>(
    () => ({
      focus,
      selectedNode: selection?.kind === 'entity' ? selection.id : null,
      selectedRelation: selection?.kind === 'relation' ? selection.id : null,
      visible: new Set(visible.map((r) => r.id)),
    }),
    [focus, selection, visible],
  );
  const labelOf = useCallback(
    (id: string) => {
      const r = story.relations.find((x) => x.id === id);
      return r ? relationLabel(story, r, lang) : id;
    },
    [story, lang],
  );
  // The camera frames the selection's places, each whole; with nothing selected, the story's opening
  // view. Places far from the rest are named at the frame's edge, and the frame keeps clear of their
  // markers. The plan is kept by identity while the focus is the same, so a redraw does not move the camera.
  const outlines = useMemo(() => placeOutlinesOf(story.slug), [story.slug]);
  const selectedEntity = selection?.kind === 'entity' ? selection.id : null;
  const plan = useMemo(
    () => cameraPlan(scene, focus, outlines, selectedEntity) ?? openingPlan(scene),
    [scene, focus, outlines, selectedEntity],
  );
  const target = plan.box;
  // A tap selects and leaves no "mouse leave" behind: a choice made on the map clears the tooltip.
  const select = useCallback(
    (next: Exclude<Selection, null>, how?: SelectHow) => {
      setHover(null);
      onSelect(next, how);
    },
    [onSelect],
  );
  // Until the land is drawn, no label, dot or arc floats over an empty sea.
  const ready = status !== 'loading';
  // The map's status also flips between busy and idle on every choice, which moves no control: it is
  // left out, and `ready` covers the one change of it that matters (labels start being drawn).
  const { all: reserved, controls } = useReservedBoxes(viewRef, ready, [size.width, size.height, webgl, noticeClosed]);
  const compact = size.width < COMPACT_WIDTH;
  const padding = useMemo(
    // The opening view is the package's own frame, margins and all: no room of ours beside it.
    () =>
      framePadding(
        size.width,
        size.height,
        controls,
        plan.farSides,
        focus === null ? undefined : compact ? LABEL_ROOM.compact : LABEL_ROOM.full,
      ),
    [size.width, size.height, controls, plan.farSides, compact, focus],
  );
  const unavailable = useCallback(() => {
    setWebgl(false);
    setStatus('fallback');
  }, []);
  // The still map reads the same props as the live one, so the selection, filters, focus and theme
  // carry over; unmounting MapLibreMap removes the MapLibre instance.
  const contextGone = useCallback(() => {
    setContextLost(true);
    setHover(null);
    // An error the live map reported is about a map that is no longer there.
    setError(null);
    unavailable();
  }, [unavailable]);

  // A tooltip is for where the pointer is: a scroll of the page (or of a frame's host) moves the
  // map under it, and a touch has no pointer to follow, so either takes it away.
  const hovering = hover !== null;
  useEffect(() => {
    if (!hovering) return;
    const hide = () => setHover(null);
    window.addEventListener('scroll', hide, { capture: true, passive: true });
    window.addEventListener('touchstart', hide, { capture: true, passive: true });
    return () => {
      window.removeEventListener('scroll', hide, { capture: true });
      window.removeEventListener('touchstart', hide, { capture: true });
    };
  }, [hovering]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const ro = new ResizeObserver(() => setSize({ width: view.clientWidth, height: view.clientHeight }));
    ro.observe(view);
    return () => ro.disconnect();
  }, []);

  let tooltip = null;
  if (hover?.target.kind === 'relation') {
    const id = hover.target.id;
    const r = story.relations.find((x) => x.id === id);
    tooltip = r ? relationTooltip(story, r, lang) : null;
  } else if (hover?.target.kind === 'entity') {
    tooltip = entityTooltip(story, hover.target.id, roles.get(hover.target.id), visible, lang);
  }
  // What both renderers are given, written once.
  const shared: RendererProps = {
    scene,
    overlay,
    width: size.width,
    height: size.height,
    compact,
    reserved,
    controls,
    target,
    padding,
    ready,
    palette: mapPalette(theme),
    relationLabel: labelOf,
    onSelect: select,
    onHover: setHover,
  };

  return (
    <div className="map-view" ref={viewRef} data-map-state={status}>
      <Suspense fallback={null}>
        {webgl ? (
          <MapLibreMap
            {...shared}
            story={story}
            cooperative={cooperative}
            snapshotRef={glSnapshot}
            onStatus={setStatus}
            onError={setError}
            onUnavailable={unavailable}
            onContextGone={contextGone}
          />
        ) : (
          <FallbackMap {...shared} />
        )}
      </Suspense>
      {tooltip && hover ? <MapTooltip text={tooltip} x={hover.x} y={hover.y} width={size.width} /> : null}
      {!ready ? (
        <p className="map-loading" role="status" {...langAttributes(lang)}>
          {t.map.drawing}
        </p>
      ) : null}
      {!webgl && !noticeClosed ? (
        <div className="map-notice" role="status" {...langAttributes(lang)}>
          <p>{contextLost ? t.map.contextLost : t.map.noWebgl}</p>
          <button
            type="button"
            className="map-notice-close"
            aria-label={t.app.dismiss}
            onClick={() => setNoticeClosed(true)}
          >
            ×
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="map-notice map-notice-error" role="alert" {...langAttributes(lang)}>
          {t.map.failed(error)}
        </p>
      ) : null}
    </div>
  );
});
