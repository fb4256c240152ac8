import { EdgeHandles } from './EdgeHandles.tsx';
import { EdgeMarkers } from './EdgeMarkers.tsx';
import { NodeLabels } from './NodeLabels.tsx';
import { handleItems, labelItems } from './scene.ts';
import type { LandAt } from './labelLayout.ts';
import type { RendererProps, ScreenPoint } from './types.ts';

interface Props extends Omit<RendererProps, 'target' | 'ready' | 'palette'> {
  /** Where a place is on screen now, in each renderer's own projection; `key` is the node id, or
   * `arc:<id>` for an arc's middle. */
  readonly project: (lngLat: readonly [number, number], key: string) => ScreenPoint;
  /** Whose land is at a screen point, in the same projection; undefined until the shapes are in. */
  readonly landAt?: LandAt | undefined;
}

/**
 * What both renderers draw over the map, in DOM: the bilingual labels and dots (so the browser
 * shapes Nastaliq) and a keyboard handle on each arc. One component, so the two maps cannot drift.
 */
export function MapOverlays({ scene, overlay, width, height, compact, reserved, relationLabel, onSelect, onHover, project, landAt }: Props) {
  const hoverAt = (kind: 'entity' | 'relation') => (id: string | null, point: ScreenPoint) => onHover(id ? { target: { kind, id }, ...point } : null);
  const labels = labelItems(scene, overlay, project);
  return (
    <>
      <NodeLabels
        items={labels}
        width={width}
        height={height}
        compact={compact}
        reserved={reserved}
        landAt={landAt}
        onSelect={(id) => onSelect({ kind: 'entity', id })}
        onHover={hoverAt('entity')}
      />
      <EdgeHandles
        items={handleItems(scene, overlay, relationLabel, project)}
        width={width}
        height={height}
        onSelect={(id) => onSelect({ kind: 'relation', id })}
        onHover={hoverAt('relation')}
      />
      <EdgeMarkers items={labels} width={width} height={height} onSelect={(id) => onSelect({ kind: 'entity', id })} />
    </>
  );
}
