import { ArcMarks } from './ArcMarks.tsx';
import { EdgeHandles } from './EdgeHandles.tsx';
import { EdgeMarkers } from './EdgeMarkers.tsx';
import { NodeLabels } from './NodeLabels.tsx';
import { handleItems, labelItems } from './scene.ts';
import type { LabelLand } from './labelLayout.ts';
import type { RendererProps, ScreenPoint, SelectHow } from './types.ts';
import { useMemo, useRef, type MouseEvent } from 'react';
import { useMessages } from '../i18n/useMessages.ts';
import { roveKey } from './rovingOrder.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/** How a click was made: a click the keyboard made (Enter, Space) has no pointer and `detail` 0. */
const howOf = (e: MouseEvent): SelectHow => (e.detail === 0 ? 'keyboard' : 'pointer');

interface Props extends Omit<RendererProps, 'target' | 'padding' | 'ready' | 'palette'> {
  /** Where a place is on screen now, in each renderer's own projection; `key` is the node id, or an
   * arc's handle point (`handlePointKey`) or the point after it (`handleAheadKey`). */
  readonly project: (lngLat: readonly [number, number], key: string) => ScreenPoint;
  /** Whose land is at a screen point, in the same projection; undefined until the shapes are in. */
  readonly land?: LabelLand | undefined;
  /** Called once the labels are measured and placed (see NodeLabels). */
  readonly onLabelsPlaced?: (() => void) | undefined;
  /** Draws each arc's kind mark at its handle (the live map; the still SVG map marks its arcs' ends). */
  readonly kindMarks?: boolean;
}

/**
 * What both renderers draw over the map, in DOM: the bilingual labels and dots (so the browser
 * shapes Nastaliq), a keyboard handle on each arc, and (on the live map) each arc's kind mark. One
 * component, so the two maps cannot drift.
 */
export function MapOverlays({ scene, overlay, width, height, compact, reserved, relationLabel, onSelect, onHover, project, land, onLabelsPlaced, kindMarks = false }: Props) {
  const hoverAt = (kind: 'entity' | 'relation') => (id: string | null, point: ScreenPoint) => onHover(id ? { target: { kind, id }, ...point } : null);
  const { lang, t } = useMessages();
  const labels = labelItems(scene, overlay, project, lang);
  const handles = handleItems(scene, overlay, relationLabel, project, { width, height });
  // One tab stop for the whole map; the arrows go through its places in the story's order, then its
  // relations in the story's order (the order the article tells them in).
  const order = useMemo(
    () => [...scene.nodes.map((n) => roveKey.node(n.id)), ...scene.arcs.features.map((f) => roveKey.edge(f.properties.id))],
    [scene],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(rootRef, order);
  const selectEntity = (id: string, e: MouseEvent) => onSelect({ kind: 'entity', id }, howOf(e));
  return (
    <div className="map-keys" ref={rootRef} role="group" aria-label={t.map.keysLabel} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
      {kindMarks ? <ArcMarks items={handles} /> : null}
      <NodeLabels
        items={labels}
        width={width}
        height={height}
        compact={compact}
        reserved={reserved}
        land={land}
        onSelect={selectEntity}
        onHover={hoverAt('entity')}
        rove={(id) => roving.attr(roveKey.node(id))}
        onPlaced={onLabelsPlaced}
      />
      <EdgeHandles
        items={handles}
        label={t.map.relationsGroup}
        onSelect={(id, e) => onSelect({ kind: 'relation', id }, howOf(e))}
        onHover={hoverAt('relation')}
        rove={(id) => roving.attr(roveKey.edge(id))}
      />
      <EdgeMarkers items={labels} width={width} height={height} onSelect={selectEntity} rove={(id) => roving.attr(roveKey.node(id))} />
    </div>
  );
}
