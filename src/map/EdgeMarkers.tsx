import type { MouseEvent } from 'react';
import type { RoveAttr } from './types.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { CSSProperties } from 'react';
import { PlaceName } from './PlaceName.tsx';
import { EDGE_MARKER, edgeMarkerSpot, spreadMarkers } from './edgeMarkers.ts';
import type { NodeLabelItem } from './NodeLabels.tsx';
import type { Box } from './labelLayout.ts';

interface Props {
  readonly items: readonly NodeLabelItem[];
  readonly width: number;
  readonly height: number;
  /** The map's controls (zoom, views, credit): markers keep off them, as labels do. */
  readonly controls: readonly Box[];
  readonly onSelect: (id: string, e: MouseEvent) => void;
  /** Makes a marker its place's roving keyboard stop (the place is off the frame). */
  readonly rove: RoveAttr;
}

/**
 * A marker at the frame's edge for each place off the frame that matters now (every country when
 * nothing is selected; the selection's places otherwise, a group or firm among them): its names and
 * an arrow pointing to it.
 * The arcs to it run off the frame the same way, so the reader sees where they go; choosing the
 * marker selects the country, and the camera then shows it.
 */
export function EdgeMarkers({ items, width, height, controls, onSelect, rove }: Props) {
  const { t } = useMessages();
  if (width === 0) return null;
  const anySelected = items.some((it) => it.focused);
  const markers = spreadMarkers(
    items.flatMap((it) => {
      if (anySelected ? !it.focused : it.color === undefined) return [];
      const spot = edgeMarkerSpot(it.x, it.y, width, height, EDGE_MARKER.inset);
      return spot ? [{ it, spot }] : [];
    }),
    width,
    height,
    controls,
  );
  return (
    <div className="edge-markers">
      {markers.map(({ it, spot }) => (
        <button
          key={it.id}
          type="button"
          {...rove(it.id)}
          className={`edge-marker${it.color === undefined ? ' edge-marker-actor' : ''}`}
          data-edge={it.id}
          data-side={spot.side}
          style={
            { left: spot.x, top: spot.y, '--node-color': it.color ?? 'var(--color-actor-outline)' } as CSSProperties
          }
          aria-label={t.map.offMap(it.description, spot.side)}
          onClick={(e) => onSelect(it.id, e)}
        >
          <span className="edge-arrow" aria-hidden="true" style={{ transform: `rotate(${spot.angle.toFixed(0)}deg)` }}>
            ➜
          </span>
          <span className="edge-names">
            <PlaceName ur={it.ur} en={it.en} />
          </span>
        </button>
      ))}
    </div>
  );
}
