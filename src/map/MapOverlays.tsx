import { ArcMarks } from './ArcMarks.tsx';
import { EdgeHandles } from './EdgeHandles.tsx';
import { EdgeMarkers } from './EdgeMarkers.tsx';
import { NodeLabels } from './NodeLabels.tsx';
import { handleItems, labelItems } from './scene.ts';
import type { LabelLand } from './labelLayout.ts';
import type { RendererProps, ScreenPoint, SelectHow } from './types.ts';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { drawnNodes } from './drawnNodes.ts';
import { MapChooser } from './MapChooser.tsx';
import { PlaceName } from './PlaceName.tsx';
import { pickAt, type PickTarget } from './pick.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { roveKey } from './rovingOrder.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/** How a click was made: a click the keyboard made (Enter, Space) has no pointer and `detail` 0. */
const howOf = (e: MouseEvent): SelectHow => (e.detail === 0 ? 'keyboard' : 'pointer');

/** Whether a click came from a precise pointer (a mouse, a pen) rather than a finger. */
const preciseOf = (e: MouseEvent): boolean =>
  'pointerType' in e.nativeEvent ? (e.nativeEvent as PointerEvent).pointerType !== 'touch' : true;

/** What the map's own surface asks of the overlays when it is clicked: pick what is at a point (px
 * in the map's frame), `precise` for a mouse or pen. */
export type Picker = (point: ScreenPoint, precise: boolean) => void;

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
  /** Where any longitude/latitude is on screen now (an arc's every point, for the pointer's picking). */
  readonly projectPoint: (lngLat: readonly [number, number]) => ScreenPoint;
  /** Filled with the picker, for clicks on the map's own surface (the canvas, the still map's SVG). */
  readonly pickRef?: RefObject<Picker | null>;
}

/**
 * What both renderers draw over the map, in DOM: the bilingual labels and dots (so the browser
 * shapes Nastaliq), a keyboard handle on each arc, and (on the live map) each arc's kind mark. One
 * component, so the two maps cannot drift.
 */
export function MapOverlays({
  scene,
  overlay,
  width,
  height,
  compact,
  reserved,
  controls,
  relationLabel,
  onSelect,
  onHover,
  project,
  projectPoint,
  land,
  onLabelsPlaced,
  pickRef,
  kindMarks = false,
}: Props) {
  const hoverAt = (kind: 'entity' | 'relation') => (id: string | null, point: ScreenPoint) =>
    onHover(id ? { target: { kind, id }, ...point } : null);
  const { lang, t } = useMessages();
  const labels = labelItems(scene, overlay, project, lang);
  const handles = handleItems(scene, overlay, relationLabel, project, { width, height });
  // One tab stop for the whole map; the arrows go through its places in the story's order, then its
  // relations in the story's order (the order the article tells them in).
  const order = useMemo(
    () => [
      ...scene.nodes.map((n) => roveKey.node(n.id)),
      ...scene.arcs.features.map((f) => roveKey.edge(f.properties.id)),
    ],
    [scene],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(rootRef, order);
  const selectEntity = (id: string, e: MouseEvent) => onSelect({ kind: 'entity', id }, howOf(e));

  // A pointer's click anywhere on the map (a dot, an arc's handle, the map's surface) chooses what
  // is under it (pickAt): a country's land is that country; several things under a finger are
  // offered in a chooser, so that no choice is made at random.
  const [chooser, setChooser] = useState<{
    readonly x: number;
    readonly y: number;
    readonly targets: readonly PickTarget[];
  } | null>(null);
  const countryByIso = useMemo(
    () =>
      new Map(
        scene.nodes.flatMap((n) =>
          n.color !== undefined && n.isoNumeric !== undefined ? [[n.isoNumeric, n.id] as const] : [],
        ),
      ),
    [scene],
  );
  const choose = useCallback(
    (target: PickTarget) => {
      setChooser(null);
      onSelect(target, 'pointer');
    },
    [onSelect],
  );
  const pick = useCallback<Picker>(
    (point, precise) => {
      const dots = drawnNodes(labels, compact).dots.filter(
        (d) => d.x >= 0 && d.y >= 0 && d.x <= width && d.y <= height,
      );
      const arcs = scene.arcs.features
        .filter((f) => overlay.visible.has(f.properties.id))
        .map((f) => ({
          id: f.properties.id,
          points: f.geometry.coordinates.map(([lng = 0, lat = 0]) => projectPoint([lng, lat])),
          dimmed: overlay.focus !== null && !overlay.focus.relations.has(f.properties.id),
        }));
      const placeAt = (x: number, y: number) => {
        const iso = land?.at(x, y);
        return iso === undefined ? undefined : countryByIso.get(iso);
      };
      const result = pickAt(point, { dots, arcs, placeAt }, precise);
      if (result.kind === 'one') choose(result.target);
      else setChooser(result.kind === 'choose' ? { ...point, targets: result.targets } : null);
    },
    [labels, compact, width, height, scene, overlay.visible, overlay.focus, projectPoint, land, countryByIso, choose],
  );
  useLayoutEffect(() => {
    if (!pickRef) return;
    pickRef.current = pick;
    return () => {
      pickRef.current = null;
    };
  }, [pickRef, pick]);
  // A dot or a handle clicked: by the keyboard, what it stands for; by a pointer, what is under it.
  const closeChooser = useCallback(() => setChooser(null), []);
  const pickAtEvent = (e: MouseEvent) => {
    const frame = rootRef.current?.closest('.map-view')?.getBoundingClientRect();
    pick({ x: e.clientX - (frame?.left ?? 0), y: e.clientY - (frame?.top ?? 0) }, preciseOf(e));
  };
  const onDotClick = (id: string, e: MouseEvent) => (e.detail === 0 ? selectEntity(id, e) : pickAtEvent(e));
  const nameOf = (target: PickTarget) => {
    if (target.kind === 'relation') return relationLabel(target.id);
    const node = scene.nodes.find((n) => n.id === target.id);
    return node ? <PlaceName ur={node.ur} en={node.en} /> : target.id;
  };

  return (
    <div
      className="map-keys"
      ref={rootRef}
      role="group"
      aria-label={t.map.keysLabel}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      {kindMarks ? <ArcMarks items={handles} /> : null}
      <NodeLabels
        items={labels}
        width={width}
        height={height}
        compact={compact}
        reserved={reserved}
        land={land}
        onSelect={selectEntity}
        onDotClick={onDotClick}
        onHover={hoverAt('entity')}
        rove={(id) => roving.attr(roveKey.node(id))}
        onPlaced={onLabelsPlaced}
      />
      <EdgeHandles
        items={handles}
        label={t.map.relationsGroup}
        onSelect={(id, e) => (e.detail === 0 ? onSelect({ kind: 'relation', id }, 'keyboard') : pickAtEvent(e))}
        onHover={hoverAt('relation')}
        rove={(id) => roving.attr(roveKey.edge(id))}
      />
      <EdgeMarkers
        items={labels}
        width={width}
        height={height}
        controls={controls}
        onSelect={selectEntity}
        rove={(id) => roving.attr(roveKey.node(id))}
      />
      {chooser ? (
        <MapChooser
          x={chooser.x}
          y={chooser.y}
          width={width}
          height={height}
          items={chooser.targets.map((target) => ({ target, label: nameOf(target) }))}
          onChoose={choose}
          onClose={closeChooser}
        />
      ) : null}
    </div>
  );
}
