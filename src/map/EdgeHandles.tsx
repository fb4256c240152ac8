import type { MouseEvent } from 'react';
import type { RelationKind } from '../story/vocabulary.ts';
import type { RoveAttr } from './types.ts';

/** A drawn relation's handle: the screen point of its arc's middle. */
export interface EdgeHandleItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly kind: RelationKind;
  /** False when no part of the arc is on screen: the handle is held at the frame's edge, off it. */
  readonly onArc: boolean;
  /** The way the arc runs at the handle (degrees clockwise from east); null off its arc, or where
   * the arc shows no way (its ends drawn at one place). */
  readonly heading: number | null;
  readonly label: string;
  readonly color: string;
  readonly selected: boolean;
  readonly dimmed: boolean;
}

interface Props {
  readonly items: readonly EdgeHandleItem[];
  /** The group's accessible name ("Relations on the map"). */
  readonly label: string;
  readonly onSelect: (id: string, e: MouseEvent) => void;
  /** Makes a handle one of the map's roving keyboard stops. */
  readonly rove: RoveAttr;
  readonly onHover: (id: string | null, point: { x: number; y: number }) => void;
}

/**
 * One focusable button on the middle of each drawn arc, so that edges, which live on the canvas, can
 * be reached with Tab, read by a screen reader and chosen with Enter. They show only on keyboard
 * focus or when their edge is selected; the pointer uses the arc itself.
 */
export function EdgeHandles({ items, label, onSelect, onHover, rove }: Props) {
  // Every drawn relation is reachable: a handle sits on the part of its arc inside the frame (see
  // handleItems), and dimmed ones too, since the arrows go through all of them.
  return (
    <div className="edge-handles" role="group" aria-label={label}>
      {items.map((it) => (
        <button
          {...rove(it.id)}
          key={it.id}
          type="button"
          className="edge-handle"
          data-relation={it.id}
          data-selected={it.selected || undefined}
          data-dimmed={it.dimmed || undefined}
          data-held={!it.onArc || undefined}
          style={{ left: it.x, top: it.y, borderColor: it.color }}
          aria-label={it.label}
          aria-pressed={it.selected}
          onClick={(e) => onSelect(it.id, e)}
          // Keyboard focus shows the tooltip; the focus a tap leaves behind does not.
          onFocus={(e) => {
            if (e.currentTarget.matches(':focus-visible')) onHover(it.id, { x: it.x, y: it.y });
          }}
          onPointerEnter={(e) => {
            if (e.pointerType === 'mouse') onHover(it.id, { x: it.x, y: it.y });
          }}
          onPointerLeave={() => onHover(null, { x: 0, y: 0 })}
          onBlur={() => onHover(null, { x: 0, y: 0 })}
        />
      ))}
    </div>
  );
}
