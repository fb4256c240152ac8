import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, LineString } from 'geojson';
import type { ArcProps } from '../arcs/relationArcs.ts';
import type { Bounds } from '../arcs/bounds.ts';
import { samePadding, type Padding } from './framing.ts';
import { watchContext } from './contextLoss.ts';
import { ARCS_SOURCE, COUNTRIES_SOURCE, LAYER } from './layers.ts';
import type { MapPalette } from '../theme/palette.ts';
import { buildStyle, themePaint, viewFilters, viewPaint, type ColorByIso, type MapViewModel } from './style.ts';

/** What the React view may ask of the map; every direct MapLibre call stays in this file. */
export interface StoryMap {
  /** Screen position (px, relative to the map container) of a longitude/latitude. */
  project(lngLat: readonly [number, number]): { x: number; y: number };
  /** The longitude/latitude under a screen position (px, relative to the map container). */
  unproject(point: { x: number; y: number }): readonly [number, number];
  setArcs(arcs: FeatureCollection<LineString, ArcProps>): void;
  setView(view: MapViewModel): void;
  /** Redraws the map in another theme's palette. */
  setPalette(palette: MapPalette): void;
  /** Words MapLibre's own controls in the reader's language (their titles, the canvas's name). */
  setLocale(locale: MapLocale): void;
  /** Hands a wheel event from a DOM label to the map, so zooming works with the pointer anywhere. */
  forwardWheel(event: WheelEvent): void;
  /** Frames a box as the camera's target (a selection's places, or the opening view), `padding` px
   * clear of the frame's sides: it is kept framed when the map's size changes, until the reader pans
   * or zooms. A jump under reduced motion. */
  frame(box: Bounds, padding: Padding): void;
  /** New room around the framed box (the controls were measured, the map resized): with `refit`, the
   * target is framed again at once, unless the reader has moved the map; without, it is kept for the
   * next framing (a new target is on its way). */
  setPadding(padding: Padding, refit: boolean): void;
  /** Zooms to a box, as the reader's own move (the view then stays put on resize). */
  zoomTo(box: Bounds): void;
  /** A copy of the map as drawn, redrawn at `pixelRatio` (2 for a sharp PNG) and read straight
   * after that render, so it is never blank; the screen's own ratio is restored after. */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/** The words of MapLibre's own controls, in the reader's language. */
export interface MapLocale {
  /** The map's accessible name. */
  readonly map: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetNorth: string;
  readonly attribution: string;
  /** Said over the map in a publisher's frame when a plain wheel or one finger would move it. */
  readonly wheelHelp: string;
  readonly macWheelHelp: string;
  readonly touchHelp: string;
}

/** MapLibre's own table of UI strings, from ours. */
function maplibreLocale(locale: MapLocale): Record<string, string> {
  return {
    'Map.Title': locale.map,
    'NavigationControl.ZoomIn': locale.zoomIn,
    'NavigationControl.ZoomOut': locale.zoomOut,
    'NavigationControl.ResetBearing': locale.resetNorth,
    'AttributionControl.ToggleAttribution': locale.attribution,
    'CooperativeGesturesHandler.WindowsHelpText': locale.wheelHelp,
    'CooperativeGesturesHandler.MacHelpText': locale.macWheelHelp,
    'CooperativeGesturesHandler.MobileHelpText': locale.touchHelp,
  };
}

/** Callbacks from the map to the view; the map never changes app state itself. */
export interface StoryMapEvents {
  /** A click or tap on the map's surface (not a drag), at a point of its frame; `precise` for a
   * mouse or pen, not a finger. What it chooses is the view's to work out (see pickAt). */
  onClick(point: { x: number; y: number }, precise: boolean): void;
  /** A mouse over an arc (id) or over a story country (iso), or over neither (null); never a finger,
   * whose tooltip nothing would take away. Also null when the camera starts to move. */
  onHover(target: { readonly arc: string } | { readonly iso: string } | null, point: { x: number; y: number }): void;
  /** Fires on every camera change, so DOM labels can follow. */
  onMove(): void;
  /** The country shapes are loaded (MapLibre's worker fetched and parsed them): the view may now
   * read the same file, from the browser's cache, for its own use. */
  onShapesIn(): void;
  /** The country shapes could not be loaded: the map will stay empty. */
  onShapesFailed(message: string): void;
  /** Fires on `idle` once the country shapes are drawn, and again after every redraw. */
  onIdle(): void;
  /** Fires when a change of view starts a redraw (tests wait for the next `idle`). */
  onBusy(): void;
  onError(message: string): void;
  /** The WebGL context was lost and not given back within the grace period (see contextLoss.ts):
   * this map will draw nothing more, and the view should replace it. */
  onContextGone(): void;
}

// Vite does not find MapLibre's worker by itself; without this the map never becomes idle. The
// `?url` import makes the worker a file of ours in the build, and MapLibre starts a same-origin URL as
// a module Worker directly (only a cross-origin one is wrapped in a blob:), which is what the page's
// Content-Security-Policy allows: worker-src 'self', no blob:.
maplibregl.setWorkerUrl(workerUrl);
// The worker is started as this module loads, not when the first map is made: it has its own script
// to fetch and compile before it can read the country shapes, and the map is only made after React
// has rendered and painted the page (which, on a slow machine, took most of a second).
maplibregl.prewarm();

/** Camera animation length: none for readers who ask for reduced motion. */
function motion(): number {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600;
}

// A selection of one small place (Kuwait, Cyprus) must not zoom in to street level.
const MAX_FRAME_ZOOM = 5.5;

/** What a map is made with: its data, and the view, camera, theme and words it opens on. */
export interface MapSetup {
  /** The country shapes' file, fetched and parsed by MapLibre's worker. */
  readonly shapesUrl: string;
  readonly colors: ColorByIso;
  readonly arcs: FeatureCollection<LineString, ArcProps>;
  readonly view: MapViewModel;
  /** The camera's first frame, and the room it keeps from the frame's sides. */
  readonly bounds: Bounds;
  readonly padding: Padding;
  readonly palette: MapPalette;
  /** Cooperative gestures (in a frame): a plain wheel scrolls the host page. */
  readonly cooperative: boolean;
  readonly locale: MapLocale;
}

/** Creates the map in `container`, drawing the country shapes at `setup.shapesUrl` (fetched and
 * parsed by MapLibre's worker, off the page's main thread); throws where no WebGL2 context can be made. */
export function createStoryMap(container: HTMLElement, setup: MapSetup, events: StoryMapEvents): StoryMap {
  const { shapesUrl, colors, cooperative, locale } = setup;
  const bounds = setup.bounds as unknown as maplibregl.LngLatBoundsLike;
  const map = new maplibregl.Map({
    container,
    style: buildStyle({ colors, view: setup.view, palette: setup.palette, shapesUrl, arcs: setup.arcs }),
    bounds,
    fitBoundsOptions: { padding: { ...setup.padding }, maxZoom: MAX_FRAME_ZOOM },
    minZoom: 0,
    maxZoom: 7,
    attributionControl: { compact: true },
    dragRotate: false,
    // In a publisher's frame the page must scroll past the map: a plain wheel (or one finger)
    // scrolls the page, Ctrl / Cmd + wheel (or two fingers) moves the map, and MapLibre says so.
    cooperativeGestures: cooperative,
    pitchWithRotate: false,
    touchPitch: false,
    // Neither multisampling nor a kept drawing buffer: under a software renderer (SwiftShader, on
    // machines without a GPU) each cost every frame, and together made the map's first full frame
    // 0.8 s later. Lines and fill edges are antialiased by MapLibre's shaders; PNG export copies the
    // canvas in the frame that drew it (snapshot, below), where the buffer is still whole.
    canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
    locale: maplibreLocale(locale),
    // The style is built in code and checked against MapLibre's style spec by a unit test
    // (tests/unit/map/style.test.ts); checking it again on every load cost tens of milliseconds.
    validateStyle: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  // The map is one tab stop: its places and arrows (the DOM overlays, with arrow keys between them).
  // The canvas itself is left out of the tab order; its zoom buttons stay in it.
  map.getCanvas().tabIndex = -1;

  let loaded = false;
  let shapesIn = false;
  // What the style was built with; a change before the style is in is applied once it is.
  let view = setup.view;
  let arcs = setup.arcs;
  let palette = setup.palette;
  // Unchecked (validate: false): MapLibre checks each change by serialising the whole style, arcs and
  // all, once per property; what these apply is checked by the style's unit tests instead.
  const unchecked = { validate: false } as const;
  const applyPalette = () => {
    if (!loaded) return;
    for (const [layer, property, value] of themePaint(palette)) {
      if (map.getLayer(layer))
        map.setPaintProperty(
          layer,
          property as Parameters<typeof map.setPaintProperty>[1],
          value as Parameters<typeof map.setPaintProperty>[2],
          unchecked,
        );
    }
  };

  // MapLibre leaves a filter or paint value that is unchanged as it is (no new layout, no new frame).
  const applyView = () => {
    if (!loaded) return;
    for (const [layer, filter] of viewFilters(view)) map.setFilter(layer, filter, unchecked);
    for (const [layer, property, value] of viewPaint(view)) map.setPaintProperty(layer, property, value, unchecked);
  };

  map.on('load', () => {
    loaded = true;
    if (arcs !== setup.arcs) void map.getSource<maplibregl.GeoJSONSource>(ARCS_SOURCE)?.setData(arcs);
    if (palette !== setup.palette) applyPalette();
    applyView();
    events.onMove();
  });
  // Until the reader pans or zooms, the view keeps fitting the story whatever the size of the frame
  // (the panel opening, a phone turning, an iframe growing).
  // Only the reader's own input counts (drag, wheel, keys, touch, the zoom buttons): our fitBounds
  // starts a move with no input event, and MapLibre's own resize with the window's 'resize' event.
  // (No `instanceof TouchEvent`: that class does not exist in desktop Firefox and Safari.)
  let readerMoved = false;
  // What the camera frames now (the opening view, then each selection's places), and within what room.
  let target = bounds;
  let padding = setup.padding;
  const fit = (duration: number) =>
    map.fitBounds(target, { padding: { ...padding }, duration, maxZoom: MAX_FRAME_ZOOM });
  map.on('movestart', (e: { originalEvent?: unknown }) => {
    const input = e.originalEvent;
    if (input instanceof Event && input.type !== 'resize') readerMoved = true;
  });
  map.on('move', () => events.onMove());
  map.on('resize', () => {
    if (!readerMoved) fit(0);
    events.onMove();
  });
  // `idle` counts only once the shapes are in, so tests never see a blank map as ready. The source's
  // metadata event is the worker saying it has the data; a later one (a restored context) changes nothing.
  map.on('sourcedata', (e) => {
    if (shapesIn || e.sourceId !== COUNTRIES_SOURCE || e.sourceDataType !== 'metadata') return;
    shapesIn = true;
    events.onShapesIn();
  });
  map.on('idle', () => {
    if (shapesIn) events.onIdle();
  });
  map.on('error', (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
    if (e.sourceId === COUNTRIES_SOURCE && !shapesIn) events.onShapesFailed(e.error.message);
    else events.onError(e.error.message);
  });

  // A lost WebGL context (a GPU reset, a driver update, too many contexts): MapLibre keeps the style
  // to rebuild it if the browser gives the context back. If none comes within the grace period, the
  // view is told, and draws the still map instead.
  const context = watchContext(() => events.onContextGone());
  map.on('webglcontextlost', () => context.lost());
  map.on('webglcontextrestored', () => {
    context.restored();
    // What changed while the context was gone (the selection, the filters, the theme) did not reach
    // the style MapLibre restores from its snapshot: give it the latest once that style is in.
    const reapply = () => {
      void map.getSource<maplibregl.GeoJSONSource>(ARCS_SOURCE)?.setData(arcs);
      applyPalette();
      applyView();
    };
    if (map.isStyleLoaded()) reapply();
    else map.once('style.load', reapply);
  });

  // Which pointer touched the map last: a finger's tap leaves no hover and no tooltip behind (the
  // browser also sends mouse events for a tap), and it picks with a finger's reach.
  let pointer = 'mouse';
  const notePointer = (e: PointerEvent) => {
    pointer = e.pointerType;
  };
  container.addEventListener('pointerdown', notePointer, { capture: true, passive: true });
  container.addEventListener('pointermove', notePointer, { capture: true, passive: true });
  map.on('click', (e) => events.onClick({ x: e.point.x, y: e.point.y }, pointer !== 'touch'));
  map.on('mousemove', (e) => {
    if (pointer !== 'mouse') return;
    const hit = map.queryRenderedFeatures(e.point, { layers: [LAYER.arcHit, LAYER.story] });
    const arcId: unknown = hit.find((f) => f.layer.id === LAYER.arcHit)?.properties['id'];
    const iso: unknown = hit.find((f) => f.layer.id === LAYER.story)?.properties['iso'];
    const target = typeof arcId === 'string' ? { arc: arcId } : typeof iso === 'string' ? { iso } : null;
    map.getCanvas().style.cursor = target ? 'pointer' : '';
    events.onHover(target, { x: e.point.x, y: e.point.y });
  });
  map.on('mouseout', (e) => {
    // Onto a label or a dot over the map: that one says what it is now.
    const to = (e.originalEvent as MouseEvent | undefined)?.relatedTarget;
    if (to instanceof Node && container.parentElement?.contains(to)) return;
    events.onHover(null, { x: 0, y: 0 });
  });
  // A tooltip belongs where the pointer was on the map as it stood: a camera move takes it away.
  map.on('movestart', () => events.onHover(null, { x: 0, y: 0 }));

  return {
    project: ([lng, lat]) => {
      const p = map.project([lng, lat]);
      return { x: p.x, y: p.y };
    },
    unproject: ({ x, y }) => {
      const p = map.unproject([x, y]);
      return [p.lng, p.lat];
    },
    setArcs: (next) => {
      if (next === arcs) return;
      arcs = next;
      if (loaded) void map.getSource<maplibregl.GeoJSONSource>(ARCS_SOURCE)?.setData(next);
    },
    setLocale: (next) => {
      // MapLibre words its controls once, when made: a change of language rewords them in place.
      const label = (selector: string, text: string) => {
        for (const el of container.querySelectorAll<HTMLElement>(selector)) {
          el.title = text;
          el.setAttribute('aria-label', text);
        }
      };
      label('.maplibregl-ctrl-zoom-in', next.zoomIn);
      label('.maplibregl-ctrl-zoom-out', next.zoomOut);
      label('.maplibregl-ctrl-compass', next.resetNorth);
      label('.maplibregl-ctrl-attrib-button', next.attribution);
      map.getCanvas().setAttribute('aria-label', next.map);
      const help = container.querySelector('.maplibregl-desktop-message');
      if (help) help.textContent = /Mac/u.test(navigator.platform) ? next.macWheelHelp : next.wheelHelp;
      const touch = container.querySelector('.maplibregl-mobile-message');
      if (touch) touch.textContent = next.touchHelp;
    },
    setPalette: (next) => {
      if (next === palette) return;
      palette = next;
      applyPalette();
      if (loaded && shapesIn) events.onBusy();
    },
    setView: (next) => {
      view = next;
      if (loaded && shapesIn) events.onBusy();
      applyView();
    },
    forwardWheel: (event) => {
      // With cooperative gestures a plain wheel over a label is the page's, as over the map.
      if (cooperative && !event.ctrlKey && !event.metaKey) return;
      map.getCanvasContainer().dispatchEvent(new WheelEvent('wheel', event));
    },
    frame: (box, room) => {
      readerMoved = false;
      target = box as unknown as maplibregl.LngLatBoundsLike;
      padding = room;
      // A camera move is a redraw too: tests and screenshots wait for the `idle` after it.
      if (loaded && shapesIn) events.onBusy();
      fit(motion());
    },
    setPadding: (room, refit) => {
      if (samePadding(room, padding)) return;
      padding = room;
      if (readerMoved || !refit) return;
      if (loaded && shapesIn) events.onBusy();
      fit(0);
    },
    zoomTo: (box) => {
      readerMoved = true;
      if (loaded && shapesIn) events.onBusy();
      map.fitBounds(box as unknown as maplibregl.LngLatBoundsLike, { padding: { ...padding }, duration: motion() });
    },
    snapshot: (pixelRatio) =>
      new Promise<HTMLCanvasElement>((resolve) => {
        const screenRatio = map.getPixelRatio();
        const copy = () => {
          const source = map.getCanvas();
          const out = document.createElement('canvas');
          out.width = source.width;
          out.height = source.height;
          out.getContext('2d')?.drawImage(source, 0, 0);
          if (pixelRatio !== screenRatio) map.setPixelRatio(screenRatio);
          resolve(out);
        };
        // The drawing buffer is not kept after a frame is shown: copy it in the `render` event of a
        // new frame (also what a new ratio needs), which draws every layer already loaded.
        map.once('render', copy);
        if (pixelRatio !== screenRatio) map.setPixelRatio(pixelRatio);
        map.triggerRepaint();
      }),
    destroy: () => {
      container.removeEventListener('pointerdown', notePointer, { capture: true });
      container.removeEventListener('pointermove', notePointer, { capture: true });
      context.dispose();
      map.remove();
    },
  };
}
