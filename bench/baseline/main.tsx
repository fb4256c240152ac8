/**
 * The bench's baseline: the app's country shapes on a bare MapLibre + React page, and nothing else.
 * What the story map costs is measured against this page (see bench/run.ts); it marks the same moment
 * the app marks, the first `idle` with the countries drawn, under the same name.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { PERF } from '../../src/lib/perfMarks.ts';

const SOURCE = 'countries';

// As the app does: Vite does not find MapLibre's worker by itself.
maplibregl.setWorkerUrl(workerUrl);

// The fetch starts with the page, before React renders, as early as the app could start it.
const countries = fetch(worldUrl)
  .then((res) => res.json() as Promise<Topology>)
  // Converted on the main thread, the plain way: this page is the floor the app is measured against.
  .then((topology) => {
    const object = topology.objects['countries'];
    if (!object) throw new Error('world-atlas has no countries object');
    return feature(topology, object);
  });

/** A style built in code: one geojson source, a background, a fill and a line; no glyphs, no sprite. */
function baselineStyle(): maplibregl.StyleSpecification {
  return {
    version: 8,
    sources: { [SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      { id: 'countries-fill', type: 'fill', source: SOURCE, paint: { 'fill-color': '#f4f1ea' } },
      { id: 'countries-line', type: 'line', source: SOURCE, paint: { 'line-color': '#9a9a9a', 'line-width': 0.6 } },
    ],
  };
}

/** One full-window map. */
function BaselineMap() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const map = new maplibregl.Map({
      container,
      style: baselineStyle(),
      // Roughly the app's opening view: the United States to Iran.
      bounds: [
        [-125, 10],
        [65, 60],
      ],
      fitBoundsOptions: { padding: 24 },
    });
    let dataSet = false;
    let loaded = false;
    let marked = false;
    // Loaded means the real shapes: the empty collection the style starts with loads at once.
    map.on('sourcedata', (e) => {
      if (dataSet && e.sourceId === SOURCE && map.isSourceLoaded(SOURCE)) loaded = true;
    });
    // MapLibre fires `idle` at the end of the animation frame that rendered the complete map, before
    // the browser paints it: the mark falls in the frame that paints the map, as the app's does.
    map.on('idle', () => {
      if (!loaded || marked) return;
      marked = true;
      performance.mark(PERF.mapIdle);
    });
    let live = true;
    void Promise.all([countries, map.once('load')]).then(([collection]) => {
      if (!live) return;
      dataSet = true;
      void map.getSource<maplibregl.GeoJSONSource>(SOURCE)?.setData(collection);
    });
    return () => {
      live = false;
      map.remove();
    };
  }, []);
  return <div ref={host} style={{ position: 'fixed', inset: 0 }} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(<BaselineMap />);
