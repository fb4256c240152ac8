import { useEffect, useMemo, useRef, useState } from 'react';
import { hasWebGL2 } from '../lib/webgl.ts';
import type { CountryId } from '../story/entities.ts';
import { ROLE_LABELS, type CountryRole } from '../story/roles.ts';
import type { Entity, EntityId } from '../story/types.ts';
import { COUNTRY_ANCHORS } from './anchors.ts';
import { CountryLabels, type CountryLabelItem } from './CountryLabels.tsx';
import { createStoryMap, type StoryMap } from './createStoryMap.ts';
import { FallbackMap } from './FallbackMap.tsx';
import { loadWorldTopology } from './worldData.ts';
import { countriesFromTopology } from './worldGeometry.ts';

/** A country on the map: its entity and its role. */
export interface MapCountry {
  readonly entity: Entity & { readonly id: CountryId; readonly isoNumeric: string };
  readonly role: CountryRole;
}

interface Props {
  readonly countries: readonly MapCountry[];
  readonly selected: EntityId | null;
  readonly onSelect: (id: EntityId) => void;
}

/** Where the map is: tests wait for `idle`; `fallback` means no WebGL and a static map. */
export type MapStatus = 'loading' | 'idle' | 'fallback' | 'error';

/**
 * The interactive map: MapLibre with a style built in code, Natural Earth country shapes, and DOM
 * labels that follow the camera. Without WebGL2 it draws the same countries and labels as a static
 * SVG (FallbackMap) and says so.
 */
export function MapView({ countries, selected, onSelect }: Props) {
  const viewRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<StoryMap | null>(null);
  const [webgl] = useState(() => hasWebGL2());
  const [status, setStatus] = useState<MapStatus>(webgl ? 'loading' : 'fallback');
  const [error, setError] = useState<string | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Screen positions of the country anchors, recomputed by the map on every camera change.
  const [positions, setPositions] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());

  const roleByIso = useMemo(() => new Map(countries.map((c) => [c.entity.isoNumeric, c.role])), [countries]);
  const isoToId = useMemo(() => new Map(countries.map((c) => [c.entity.isoNumeric, c.entity.id])), [countries]);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !webgl) return;
    let live = true;
    const map = createStoryMap(host, roleByIso, {
      onCountryClick: (iso) => {
        const id = isoToId.get(iso);
        if (id) onSelectRef.current(id);
      },
      onMove: () => setPositions(new Map(countries.map((c) => [c.entity.id, map.project(COUNTRY_ANCHORS[c.entity.id])]))),
      onIdle: () => setStatus((s) => (s === 'loading' ? 'idle' : s)),
      onError: (message) => {
        setError(message);
      },
    });
    mapRef.current = map;
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
  }, [webgl, roleByIso, isoToId, countries]);

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

  useEffect(() => {
    const iso = countries.find((c) => c.entity.id === selected)?.entity.isoNumeric ?? '';
    mapRef.current?.setSelectedIso(iso);
  }, [selected, countries]);

  const items: CountryLabelItem[] = countries.map((c) => ({
    id: c.entity.id,
    ...(positions.get(c.entity.id) ?? { x: -999, y: -999 }),
    ur: c.entity.names.ur,
    en: c.entity.names.en,
    role: c.role,
  }));

  return (
    <div className="map-view" ref={viewRef} data-map-state={status}>
      {webgl ? (
        <div ref={hostRef} className="map-host" role="region" aria-label="Map of the countries in the story" />
      ) : (
        <FallbackMap countries={countries} width={size.width} height={size.height} selected={selected} onSelect={onSelect} />
      )}
      {webgl && size.width > 0 ? (
        <CountryLabels
          items={items}
          width={size.width}
          height={size.height}
          selected={selected}
          roleLabel={(r) => ROLE_LABELS[r]}
          onSelect={onSelect}
        />
      ) : null}
      {!webgl ? (
        <p className="map-notice" role="status">
          This browser has no WebGL2, so a static map is shown. Everything else works.
        </p>
      ) : null}
      {error ? (
        <p className="map-notice map-notice-error" role="alert">
          The map could not be drawn: {error}
        </p>
      ) : null}
      {webgl ? (
        <button type="button" className="map-reset" onClick={() => mapRef.current?.resetView()}>
          Show all countries
        </button>
      ) : null}
    </div>
  );
}
