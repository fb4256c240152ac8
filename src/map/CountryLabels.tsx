import { useLayoutEffect, useRef, useState } from 'react';
import type { CountryRole } from '../story/roles.ts';
import { ROLE_COLORS } from './layers.ts';
import { placeLabels } from './labelLayout.ts';

/** One country to label: its screen position and names. */
export interface CountryLabelItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly ur: string;
  readonly en: string;
  readonly role: CountryRole;
}

interface Props {
  readonly items: readonly CountryLabelItem[];
  readonly width: number;
  readonly height: number;
  readonly selected: string | null;
  readonly roleLabel: (role: CountryRole) => string;
  readonly onSelect: (id: string) => void;
}

// Before a label is measured (first frame, fonts still loading) it is assumed this size.
const GUESS = { width: 96, height: 52 };

/**
 * Country labels drawn by the browser over the map, so Nastaliq is shaped properly (MapLibre's
 * text engine cannot). Each country gets a dot at its anchor, large enough to click even where the
 * country is a few pixels wide (Albania, Cyprus, Kuwait), and a bilingual label placed clear of the
 * others, with a leader line where it had to move away.
 */
export function CountryLabels({ items, width, height, selected, roleLabel, onSelect }: Props) {
  const labelRefs = useRef(new Map<string, HTMLButtonElement>());
  const [sizes, setSizes] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());

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
  }, [items.length, selected]);

  const placed = placeLabels(
    items.map((it) => ({ id: it.id, x: it.x, y: it.y, ...(sizes.get(it.id) ?? GUESS) })),
    { width, height },
  );
  const placeById = new Map(placed.map((p) => [p.id, p]));

  return (
    <div className="country-labels" data-testid="country-labels">
      <svg className="leaders" width={width} height={height} aria-hidden="true">
        {items.map((it) => {
          const p = placeById.get(it.id);
          const size = sizes.get(it.id) ?? GUESS;
          if (!p?.leader) return null;
          // Leader from the dot to the nearest point of the label box.
          const tx = Math.max(p.left, Math.min(it.x, p.left + size.width));
          const ty = Math.max(p.top, Math.min(it.y, p.top + size.height));
          return <line key={it.id} x1={it.x} y1={it.y} x2={tx} y2={ty} />;
        })}
      </svg>
      {items.map((it) => {
        const p = placeById.get(it.id);
        const isSelected = selected === it.id;
        const name = `${it.en} (${it.ur}), ${roleLabel(it.role)}`;
        return (
          <div key={it.id} className="country-label-group" data-country={it.id} data-selected={isSelected || undefined}>
            <button
              type="button"
              className="country-dot"
              style={{ left: it.x, top: it.y, '--role-color': ROLE_COLORS[it.role] } as React.CSSProperties}
              aria-label={name}
              aria-pressed={isSelected}
              tabIndex={-1}
              onClick={() => onSelect(it.id)}
            />
            <button
              type="button"
              ref={(el) => {
                if (el) labelRefs.current.set(it.id, el);
                else labelRefs.current.delete(it.id);
              }}
              className="country-label"
              style={{ left: p?.left ?? it.x, top: p?.top ?? it.y, '--role-color': ROLE_COLORS[it.role] } as React.CSSProperties}
              aria-label={name}
              aria-pressed={isSelected}
              onClick={() => onSelect(it.id)}
            >
              <span className="ur" lang="ur" dir="rtl">
                {it.ur}
              </span>
              <span className="en">{it.en}</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
