/** A drawn relation's handle: the screen point of its arc's middle. */
export interface EdgeHandleItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly color: string;
  readonly selected: boolean;
  readonly dimmed: boolean;
}

interface Props {
  readonly items: readonly EdgeHandleItem[];
  readonly width: number;
  readonly height: number;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | null, point: { x: number; y: number }) => void;
}

/**
 * One focusable button on the middle of each drawn arc, so that edges, which live on the canvas, can
 * be reached with Tab, read by a screen reader and chosen with Enter. They show only on keyboard
 * focus or when their edge is selected; the pointer uses the arc itself.
 */
export function EdgeHandles({ items, width, height, onSelect, onHover }: Props) {
  // A handle off the frame (an arc over the Arctic) or dimmed by the selection is no tab stop:
  // focus must never land on a button no one can see.
  const reachable = (it: EdgeHandleItem) => !it.dimmed && it.x >= 0 && it.y >= 0 && it.x <= width && it.y <= height;
  return (
    <div className="edge-handles" role="group" aria-label="Relations on the map">
      {items.map((it) => (
        <button
          tabIndex={reachable(it) ? 0 : -1}
          key={it.id}
          type="button"
          className="edge-handle"
          data-relation={it.id}
          data-selected={it.selected || undefined}
          data-dimmed={it.dimmed || undefined}
          style={{ left: it.x, top: it.y, borderColor: it.color }}
          aria-label={it.label}
          aria-pressed={it.selected}
          onClick={() => onSelect(it.id)}
          onFocus={() => onHover(it.id, { x: it.x, y: it.y })}
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
