import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ArcProps } from '../arcs/relationArcs.ts';
import type { Focus } from '../state/focus.ts';
import type { Selection } from '../state/viewState.ts';
import { RELATION_KINDS } from '../story/relationKinds.ts';
import { STORY_BOUNDS } from './anchors.ts';
import { EdgeHandles, type EdgeHandleItem } from './EdgeHandles.tsx';
import { BASE_COLORS, KIND_COLORS, ROLE_COLORS } from '../theme/palette.ts';
import type { HoverTarget, MapNode } from './MapView.tsx';
import { NodeLabels, type NodeLabelItem } from './NodeLabels.tsx';
import { loadWorldTopology } from './worldData.ts';

interface Props {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly MapNode[];
  readonly arcs: FeatureCollection<LineString, ArcProps>;
  readonly visible: ReadonlySet<string>;
  readonly focus: Focus | null;
  readonly selectedRelation: string | null;
  readonly labelItems: (project: (n: MapNode) => { x: number; y: number }) => NodeLabelItem[];
  readonly handleItems: (project: (id: string, lngLat: readonly [number, number]) => { x: number; y: number }) => EdgeHandleItem[];
  readonly onSelect: (selection: Exclude<Selection, null>) => void;
  readonly onHover: (hover: { target: HoverTarget; x: number; y: number } | null) => void;
}

/**
 * The map without WebGL: the same shapes, colours, arcs and labels, drawn as SVG by d3-geo
 * (Natural Earth projection, which d3 draws across the antimeridian correctly by itself).
 */
export function FallbackMap({ width, height, nodes, arcs, visible, focus, selectedRelation, labelItems, handleItems, onSelect, onHover }: Props) {
  const [shapes, setShapes] = useState<Feature<Geometry, { name?: string }>[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadWorldTopology()
      .then((t: Topology) => {
        const object = t.objects['countries'] as GeometryCollection<{ name?: string }> | undefined;
        if (live && object) setShapes(feature(t, object).features);
      })
      .catch((e: unknown) => {
        // Arcs and labels still draw on the bare sea; the reason is said, not swallowed.
        if (live) setFailure(e instanceof Error ? e.message : String(e));
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
  if (width === 0) return null;
  const path = geoPath(projection);
  const colorByIso = new Map(nodes.flatMap((n) => (n.role && n.isoNumeric ? [[n.isoNumeric, ROLE_COLORS[n.role]] as const] : [])));
  const projectLngLat = (lngLat: readonly [number, number]) => {
    const [x = -999, y = -999] = projection([lngLat[0], lngLat[1]]) ?? [];
    return { x, y };
  };
  // Arcs are drawn point to point in the projection (no d3 resampling: their bows are already in).
  const arcPath = (f: Feature<LineString, ArcProps>) =>
    f.geometry.coordinates
      .map((c, i) => {
        const [x = 0, y = 0] = projection([c[0] ?? 0, c[1] ?? 0]) ?? [];
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      })
      .join('');

  return (
    <>
      <svg className="fallback-map" width={width} height={height} role="img" aria-label="Static map of the countries and actors in the story">
        <defs>
          {RELATION_KINDS.map((k) => (
            <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 L3,5 Z" fill={KIND_COLORS[k]} />
            </marker>
          ))}
        </defs>
        <rect width={width} height={height} fill={BASE_COLORS.sea} />
        {shapes.map((f, i) => {
          const iso = typeof f.id === 'string' ? f.id : '';
          const fill = colorByIso.get(iso);
          return <path key={`${iso}-${i}`} d={path(f) ?? ''} fill={fill ?? BASE_COLORS.land} stroke={BASE_COLORS.border} strokeWidth={0.6} />;
        })}
        {arcs.features
          .filter((f) => visible.has(f.properties.id))
          .map((f) => {
            const id = f.properties.id;
            const d = arcPath(f);
            const dim = focus !== null && !focus.relations.has(id);
            return (
              <g key={id} className="fallback-arc" opacity={dim ? 0.15 : 1} onClick={() => onSelect({ kind: 'relation', id })}>
                <path d={d} fill="none" stroke="#fff" strokeWidth={selectedRelation === id ? 8 : 5} />
                <path
                  d={d}
                  fill="none"
                  stroke={KIND_COLORS[f.properties.kind]}
                  strokeWidth={selectedRelation === id ? 4.5 : 2.4}
                  strokeDasharray={f.properties.alleged ? '5 4' : undefined}
                  markerEnd={`url(#arrow-${f.properties.kind})`}
                  onMouseEnter={(e) => onHover({ target: { kind: 'relation', id }, x: e.nativeEvent.offsetX, y: e.nativeEvent.offsetY })}
                  onMouseLeave={() => onHover(null)}
                />
                <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
              </g>
            );
          })}
      </svg>
      {failure ? (
        <p className="map-notice map-notice-error" role="alert">
          Country shapes could not be loaded: {failure}
        </p>
      ) : null}
      <NodeLabels
        items={labelItems((n) => projectLngLat(n.lngLat))}
        width={width}
        height={height}
        compact={width < 560}
        onSelect={(id) => onSelect({ kind: 'entity', id })}
        onHover={(id, p) => onHover(id ? { target: { kind: 'entity', id }, ...p } : null)}
      />
      <EdgeHandles
        width={width}
        height={height}
        items={handleItems((_, lngLat) => projectLngLat(lngLat))}
        onSelect={(id) => onSelect({ kind: 'relation', id })}
        onHover={(id, p) => onHover(id ? { target: { kind: 'relation', id }, ...p } : null)}
      />
    </>
  );
}
