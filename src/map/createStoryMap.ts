import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { STORY_BOUNDS } from './anchors.ts';
import { COUNTRIES_SOURCE, LAYER } from './layers.ts';
import { buildStyle, selectedFilter, type RoleByIso } from './style.ts';
import type { WorldCountries } from './worldGeometry.ts';

/** What the React view may ask of the map; every direct MapLibre call stays in this file. */
export interface StoryMap {
  /** Screen position (px, relative to the map container) of a longitude/latitude. */
  project(lngLat: readonly [number, number]): { x: number; y: number };
  setCountries(countries: WorldCountries): void;
  /** Outlines the country with this ISO numeric code ('' clears). */
  setSelectedIso(iso: string): void;
  /** Back to the view that holds the nine countries. */
  resetView(): void;
  resize(): void;
  destroy(): void;
}

/** Callbacks from the map to the view; the map never changes app state itself. */
export interface StoryMapEvents {
  onCountryClick(iso: string): void;
  /** Fires on every camera change, so DOM labels can follow. */
  onMove(): void;
  /** Fires on `idle` once the country shapes are drawn. */
  onIdle(): void;
  onError(message: string): void;
}

let workerSet = false;

function boundsPadding(container: HTMLElement): maplibregl.PaddingOptions {
  // Room for the labels that fan out of the Gulf cluster and for the USA's label on the left.
  const w = container.clientWidth;
  const pad = Math.round(Math.min(60, Math.max(16, w * 0.05)));
  return { top: pad, bottom: pad, left: pad, right: Math.round(pad * 1.6) };
}

/** Creates the map in `container`; call only where WebGL2 is available (see lib/webgl). */
export function createStoryMap(container: HTMLElement, roles: RoleByIso, events: StoryMapEvents): StoryMap {
  if (!workerSet) {
    // Vite does not find MapLibre's worker by itself; without this the map never becomes idle.
    maplibregl.setWorkerUrl(workerUrl);
    workerSet = true;
  }
  const bounds = STORY_BOUNDS as unknown as maplibregl.LngLatBoundsLike;
  const map = new maplibregl.Map({
    container,
    style: buildStyle(roles),
    bounds,
    fitBoundsOptions: { padding: boundsPadding(container) },
    minZoom: 0,
    maxZoom: 7,
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // A small canvas copy keeps the last frame for screenshots and PNG export.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');

  let dataSet = false;
  map.on('load', () => events.onMove());
  map.on('move', () => events.onMove());
  map.on('resize', () => events.onMove());
  map.on('idle', () => {
    if (dataSet) events.onIdle();
  });
  map.on('error', (e) => events.onError(e.error.message));
  map.on('click', LAYER.story, (e) => {
    const iso: unknown = e.features?.[0]?.properties['iso'];
    if (typeof iso === 'string') events.onCountryClick(iso);
  });
  map.on('mouseenter', LAYER.story, () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', LAYER.story, () => (map.getCanvas().style.cursor = ''));

  return {
    project: ([lng, lat]) => {
      const p = map.project([lng, lat]);
      return { x: p.x, y: p.y };
    },
    setCountries: (countries) => {
      const apply = () => {
        const source = map.getSource<maplibregl.GeoJSONSource>(COUNTRIES_SOURCE);
        // `idle` counts only once the shapes are in, so tests never see a blank map as ready.
        source
          ?.setData(countries)
          .then(() => {
            dataSet = true;
            map.triggerRepaint();
          })
          .catch((e: unknown) => events.onError(e instanceof Error ? e.message : String(e)));
      };
      if (map.isStyleLoaded()) apply();
      else map.once('load', apply);
    },
    setSelectedIso: (iso) => {
      const apply = () => map.setFilter(LAYER.selected, selectedFilter(iso));
      if (map.isStyleLoaded()) apply();
      else map.once('load', apply);
    },
    resetView: () => map.fitBounds(bounds, { padding: boundsPadding(container), duration: 600 }),
    resize: () => map.resize(),
    destroy: () => map.remove(),
  };
}
