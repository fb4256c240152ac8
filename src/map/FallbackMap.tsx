import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EntityId } from '../story/types.ts';
import { ROLE_LABELS } from '../story/roles.ts';
import { COUNTRY_ANCHORS, STORY_BOUNDS } from './anchors.ts';
import { CountryLabels } from './CountryLabels.tsx';
import { BASE_COLORS, ROLE_COLORS } from './layers.ts';
import type { MapCountry } from './MapView.tsx';
import { loadWorldTopology } from './worldData.ts';

interface Props {
  readonly countries: readonly MapCountry[];
  readonly width: number;
  readonly height: number;
  readonly selected: EntityId | null;
  readonly onSelect: (id: EntityId) => void;
}

/**
 * The map without WebGL: the same shapes, colours and labels, drawn once as SVG by d3-geo
 * (Natural Earth projection, which d3 draws across the antimeridian correctly by itself).
 */
export function FallbackMap({ countries, width, height, selected, onSelect }: Props) {
  const [shapes, setShapes] = useState<Feature<Geometry, { name?: string }>[]>([]);
  useEffect(() => {
    let live = true;
    void loadWorldTopology().then((t: Topology) => {
      const object = t.objects['countries'] as GeometryCollection<{ name?: string }> | undefined;
      if (live && object) setShapes(feature(t, object).features);
    });
    return () => {
      live = false;
    };
  }, []);

  const projection = useMemo(() => {
    const [[w, s], [e, n]] = STORY_BOUNDS;
    const frame: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] } };
    const pad = Math.max(12, Math.min(48, width * 0.05));
    return geoNaturalEarth1().fitExtent([[pad, pad], [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)]], frame);
  }, [width, height]);
  const path = geoPath(projection);
  const colorByIso = new Map(countries.map((c) => [c.entity.isoNumeric, ROLE_COLORS[c.role]]));

  if (width === 0) return null;
  const items = countries.map((c) => {
    const [x = -999, y = -999] = projection([...COUNTRY_ANCHORS[c.entity.id]]) ?? [];
    return { id: c.entity.id, x, y, ur: c.entity.names.ur, en: c.entity.names.en, role: c.role };
  });
  return (
    <>
      <svg className="fallback-map" width={width} height={height} role="img" aria-label="Static map of the countries in the story">
        <rect width={width} height={height} fill={BASE_COLORS.sea} />
        {shapes.map((f, i) => {
          const iso = typeof f.id === 'string' ? f.id : '';
          const fill = colorByIso.get(iso);
          return <path key={`${iso}-${i}`} d={path(f) ?? ''} fill={fill ?? BASE_COLORS.land} fillOpacity={fill ? 0.78 : 1} stroke={BASE_COLORS.border} strokeWidth={0.6} />;
        })}
      </svg>
      <CountryLabels items={items} width={width} height={height} selected={selected} roleLabel={(r) => ROLE_LABELS[r]} onSelect={onSelect} />
    </>
  );
}
