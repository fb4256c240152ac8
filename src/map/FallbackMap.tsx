import { KIND_MARK, MARK_BOX } from '../arcs/kindMarks.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, Geometry, LineString } from 'geojson';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ArcProps } from '../arcs/relationArcs.ts';
import { RELATION_KINDS } from '../story/relationKinds.ts';
import { ARC_STYLE, svgDash } from '../theme/arcStyle.ts';
import { MapOverlays, type Picker } from './MapOverlays.tsx';
import type { RendererProps, ScreenPoint } from './types.ts';
import { createLandIndex, type LandIndex } from './landIndex.ts';
import { perPixel, sampledWithin, type LabelLand } from './labelLayout.ts';
import { loadWorldTopology } from './worldData.ts';
import { countriesFromTopology } from './worldGeometry.ts';

/**
 * The map without WebGL: the same shapes, colours, arcs and labels, drawn as SVG by d3-geo
 * (Natural Earth projection, which d3 draws across the antimeridian correctly by itself). Memoised,
 * as MapLibreMap is: a tooltip's change does not redraw it.
 */
export const FallbackMap = memo(function FallbackMap({
  scene,
  overlay,
  width,
  height,
  compact,
  reserved,
  controls,
  target,
  padding,
  palette,
  relationLabel,
  onSelect,
  onHover,
}: RendererProps) {
  const { t } = useMessages();
  const { base, kinds } = palette;
  const [shapes, setShapes] = useState<Feature<Geometry, { name?: string }>[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [landIndex, setLandIndex] = useState<LandIndex | null>(null);
  const picker = useRef<Picker | null>(null);
  useEffect(() => {
    let live = true;
    loadWorldTopology()
      .then((t: Topology) => {
        const object = t.objects['countries'] as GeometryCollection<{ name?: string }> | undefined;
        if (!live || !object) return;
        setShapes(feature(t, object).features);
        setLandIndex(createLandIndex(countriesFromTopology(t)));
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
    // The still map frames what the live one would: the selection's places, or the opening view.
    const [[w, s], [e, n]] = target;
    const frame: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, n],
          [w, n],
          [e, s],
        ],
      },
    };
    const { top, right, bottom, left } = padding;
    return geoNaturalEarth1().fitExtent(
      [
        [left, top],
        [Math.max(left + 1, width - right), Math.max(top + 1, height - bottom)],
      ],
      frame,
    );
  }, [target, padding, width, height]);
  // The still map's projection is curved: a box on screen is no box in longitude and latitude, so
  // the labels' boxes are sampled densely rather than tested by the shapes' edges.
  const land = useMemo<LabelLand | undefined>(() => {
    if (!landIndex) return undefined;
    const at = perPixel((x, y) => {
      const lngLat = projection.invert?.([x, y]);
      return lngLat ? landIndex.at(lngLat[0], lngLat[1]) : undefined;
    });
    return { at, within: sampledWithin(at) };
  }, [landIndex, projection]);

  if (width === 0) return null;
  const path = geoPath(projection);
  const project = (lngLat: readonly [number, number]): ScreenPoint => {
    const [x = -999, y = -999] = projection([lngLat[0], lngLat[1]]) ?? [];
    return { x, y };
  };
  // Arcs are drawn point to point in the projection (no d3 resampling: their bows are already in).
  const arcPath = (f: Feature<LineString, ArcProps>) =>
    f.geometry.coordinates
      .map((c, i) => {
        const { x, y } = project([c[0] ?? 0, c[1] ?? 0]);
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      })
      .join('');
  const { focus, selectedRelation, visible } = overlay;
  return (
    <>
      <svg
        className="fallback-map"
        width={width}
        height={height}
        role="img"
        aria-label={t.map.stillMap}
        // What a click chooses is the overlays' to work out (see pickAt), as on the live map.
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          const touch = 'pointerType' in e.nativeEvent && (e.nativeEvent as PointerEvent).pointerType === 'touch';
          picker.current?.({ x: e.clientX - box.left, y: e.clientY - box.top }, !touch);
        }}
      >
        <defs>
          {RELATION_KINDS.map((k) => (
            <marker
              key={k}
              id={`arrow-${k}`}
              viewBox={`0 0 ${MARK_BOX} ${MARK_BOX}`}
              refX={MARK_BOX - 2}
              refY={MARK_BOX / 2}
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path d={KIND_MARK[k]} fill={kinds[k]} fillRule="evenodd" />
            </marker>
          ))}
        </defs>
        <rect width={width} height={height} fill={base.sea} />
        {shapes.map((f, i) => {
          const iso = typeof f.id === 'string' ? f.id : '';
          return (
            <path
              key={`${iso}-${i}`}
              d={path(f) ?? ''}
              fill={scene.colorByIso.get(iso) ?? base.land}
              stroke={base.border}
              strokeWidth={0.6}
            />
          );
        })}
        {scene.arcs.features
          .filter((f) => visible.has(f.properties.id))
          .map((f) => {
            const id = f.properties.id;
            const d = arcPath(f);
            const selected = selectedRelation === id;
            const width = selected ? ARC_STYLE.selectedWidth : ARC_STYLE.width;
            const dim = focus !== null && !focus.relations.has(id);
            return (
              <g key={id} className="fallback-arc">
                <path
                  d={d}
                  fill="none"
                  stroke={base.casing}
                  strokeOpacity={dim ? ARC_STYLE.casingDimOpacity : ARC_STYLE.casingOpacity}
                  strokeWidth={selected ? ARC_STYLE.selectedCasingWidth : ARC_STYLE.casingWidth}
                />
                <path
                  d={d}
                  fill="none"
                  stroke={kinds[f.properties.kind]}
                  opacity={dim ? ARC_STYLE.dimOpacity : 1}
                  strokeWidth={width}
                  strokeDasharray={f.properties.alleged ? svgDash(width) : undefined}
                  markerEnd={`url(#arrow-${f.properties.kind})`}
                  onMouseEnter={(e) =>
                    onHover({ target: { kind: 'relation', id }, x: e.nativeEvent.offsetX, y: e.nativeEvent.offsetY })
                  }
                  onMouseLeave={() => onHover(null)}
                />
                <path d={d} fill="none" stroke="transparent" strokeWidth={ARC_STYLE.hitWidth} />
              </g>
            );
          })}
      </svg>
      {failure ? (
        <p className="map-notice map-notice-error" role="alert">
          {t.map.shapesFailed(failure)}
        </p>
      ) : null}
      <MapOverlays
        {...{ scene, overlay, width, height, compact, reserved, controls, relationLabel, onSelect, onHover }}
        project={project}
        projectPoint={project}
        pickRef={picker}
        land={land}
      />
    </>
  );
});
