import './NodeLabels.css';
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { COLOR } from '../theme/tokens.ts';
import { placeLabels } from './labelLayout.ts';

/** One entity to label on the map: its screen position, names and look. */
export interface NodeLabelItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly ur: string;
  readonly en: string;
  /** Fill of a country's role; undefined for an actor that is not a place (drawn dashed). */
  readonly color: string | undefined;
  /** Accessible name: names and role. */
  readonly description: string;
  readonly dimmed: boolean;
  /** Part of the current focus (a selection touches it). */
  readonly focused: boolean;
  readonly selected: boolean;
}

interface Props {
  readonly items: readonly NodeLabelItem[];
  readonly width: number;
  readonly height: number;
  /** On a small map, actors that are not focused show only their dot, to leave room for countries. */
  readonly compact: boolean;
  readonly onSelect: (id: string) => void;
  readonly onHover: (id: string | null, point: { x: number; y: number }) => void;
}

// Before a label is measured (first frame, fonts still loading) it is assumed this size.
const GUESS = { width: 96, height: 52 };

/**
 * Labels drawn by the browser over the map, so Nastaliq is shaped properly (MapLibre's text engine
 * cannot). Each entity gets a dot at its place, large enough to click even where a country is a few
 * pixels wide (Albania, Cyprus, Kuwait), and a bilingual label placed clear of the others, with a
 * leader line where it had to move away. Countries come first in `items`, so they get the best spots.
 */
export function NodeLabels({ items: all, width, height, compact, onSelect, onHover }: Props) {
  const items = compact ? all.filter((it) => it.color !== undefined || it.selected || it.focused) : all;
  const labelled = new Set(items.map((it) => it.id));
  const labelRefs = useRef(new Map<string, HTMLButtonElement>());
  const [sizes, setSizes] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const key = items.map((i) => `${i.id}:${String(i.selected)}`).join();

  useLayoutEffect(() => {
    const measure = () => {
      const next = new Map<string, { width: number; height: number }>();
      for (const [id, el] of labelRefs.current) next.set(id, { width: el.offsetWidth, height: el.offsetHeight });
      setSizes((prev) => {
        const same = prev.size === next.size && [...next].every(([id, s]) => prev.get(id)?.width === s.width && prev.get(id)?.height === s.height);
        return same ? prev : next;
      });
    };
    measure();
    // Nastaliq is much taller than the fallback font: measure again once the web font is in.
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) measure();
    });
    return () => {
      live = false;
    };
  }, [key, compact]);

  // The zoom buttons (top left), the view buttons (top right) and the attribution (bottom right).
  const reserved = [
    { left: 0, top: 0, right: 48, bottom: 84 },
    { left: width - 250, top: 0, right: width, bottom: 46 },
    { left: width - 130, top: height - 34, right: width, bottom: height },
  ];
  const placed = placeLabels(
    items.map((it) => ({ id: it.id, x: it.x, y: it.y, ...(sizes.get(it.id) ?? GUESS) })),
    { width, height },
    reserved,
  );
  const placeById = new Map(placed.map((p) => [p.id, p]));
  // Tooltips follow a mouse only: after a tap there is no "leave", and the tooltip would stay put
  // over the map (the tap itself selects, and the panel says everything the tooltip would).
  const hover = (id: string | null) => (e: { clientX: number; clientY: number; pointerType: string; currentTarget: Element }) => {
    if (e.pointerType !== 'mouse') return;
    const host = e.currentTarget.closest('.map-view')?.getBoundingClientRect();
    onHover(id, { x: e.clientX - (host?.left ?? 0), y: e.clientY - (host?.top ?? 0) });
  };
  const focusHover = (it: NodeLabelItem) => () => onHover(it.id, { x: it.x, y: it.y });
  const colorOf = (it: NodeLabelItem) => ({ '--node-color': it.color ?? COLOR.actorFill }) as CSSProperties;

  return (
    <div className="node-labels" data-testid="node-labels" data-compact={compact || undefined}>
      <svg className="leaders" width={width} height={height} aria-hidden="true">
        {items.map((it) => {
          const p = placeById.get(it.id);
          const size = sizes.get(it.id) ?? GUESS;
          if (!p?.leader) return null;
          // Leader from the dot to the nearest point of the label box.
          const tx = Math.max(p.left, Math.min(it.x, p.left + size.width));
          const ty = Math.max(p.top, Math.min(it.y, p.top + size.height));
          return <line key={it.id} x1={it.x} y1={it.y} x2={tx} y2={ty} className={it.dimmed ? 'dimmed' : undefined} />;
        })}
      </svg>
      {items.map((it) => {
        const p = placeById.get(it.id);
        return (
          <div
            key={it.id}
            className={`node${it.color ? ' node-country' : ' node-actor'}`}
            data-node={it.id}
            data-selected={it.selected || undefined}
            data-dimmed={it.dimmed || undefined}
          >
            <button
              type="button"
              ref={(el) => {
                if (el) labelRefs.current.set(it.id, el);
                else labelRefs.current.delete(it.id);
              }}
              className="node-label"
              style={{ ...colorOf(it), left: p?.left ?? it.x, top: p?.top ?? it.y }}
              aria-label={it.description}
              aria-pressed={it.selected}
              onClick={() => onSelect(it.id)}
              onPointerEnter={hover(it.id)}
              onPointerLeave={hover(null)}
              onFocus={focusHover(it)}
              onBlur={() => onHover(null, { x: 0, y: 0 })}
            >
              <span className="ur" lang="ur" dir="rtl">
                {it.ur}
              </span>
              <span className="en">{it.en}</span>
            </button>
          </div>
        );
      })}
      {/* Dots come last, above every label: a tiny country's dot can always be clicked. A dot whose
          label is shown is a second way to click the same thing, hidden from assistive tech; one
          without a label (an actor on a small map) is the keyboard's way in. */}
      {all.map((it) => (
        <div key={it.id} className={`node${it.color ? ' node-country' : ' node-actor'}`} data-dot={it.id} data-selected={it.selected || undefined} data-dimmed={it.dimmed || undefined}>
          <button
            type="button"
            className="node-dot"
            style={{ ...colorOf(it), left: it.x, top: it.y }}
            aria-label={it.description}
            aria-pressed={it.selected}
            aria-hidden={labelled.has(it.id) || undefined}
            tabIndex={labelled.has(it.id) ? -1 : 0}
            onClick={() => onSelect(it.id)}
            onPointerEnter={hover(it.id)}
            onPointerLeave={hover(null)}
            onFocus={focusHover(it)}
            onBlur={() => onHover(null, { x: 0, y: 0 })}
          />
        </div>
      ))}
    </div>
  );
}
