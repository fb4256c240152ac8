import type { RoveAttr, ScreenPoint } from './types.ts';
import './NodeLabels.css';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from '../lib/afterNextPaint.ts';
import { colorCss } from '../theme/palette.ts';
import { placeLabels, type Box, type LabelLand } from './labelLayout.ts';
import { drawnNodes } from './drawnNodes.ts';
import { PlaceName } from './PlaceName.tsx';

/** One entity to label on the map: its screen position, names and look. */
export interface NodeLabelItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly ur: string;
  readonly en: string;
  /** Fill of a country's role; undefined for an actor that is not a place (drawn dashed). */
  readonly color: string | undefined;
  /** A country's ISO numeric code: the land its label may cover. */
  readonly iso?: string | undefined;
  /** Accessible name: names and role. */
  readonly description: string;
  readonly dimmed: boolean;
  /** Part of the current focus (a selection touches it). */
  readonly focused: boolean;
  readonly selected: boolean;
  /** A group or firm's tie: the point (in the frame) of what the article ties it to. */
  readonly tiedTo?: ScreenPoint | undefined;
}

interface Props {
  readonly items: readonly NodeLabelItem[];
  readonly width: number;
  readonly height: number;
  /** On a small map, actors that are not focused show only their dot (none while something is
   * selected), to leave room for countries. */
  readonly compact: boolean;
  /** Boxes labels must leave free: the map's own controls and notices, as measured on screen. */
  readonly reserved: readonly Box[];
  /** Makes a place's label (or dot) its roving keyboard stop. */
  readonly rove: RoveAttr;
  /** Whose land is where, once the map knows its shapes: labels keep off other places' land. */
  readonly land?: LabelLand | undefined;
  /** A label chosen: its place (a label is never ambiguous). */
  readonly onSelect: (id: string, e: MouseEvent) => void;
  /** A dot clicked: by the keyboard, its place; by a pointer, whatever is under it (see pickAt). */
  readonly onDotClick: (id: string, e: MouseEvent) => void;
  readonly onHover: (id: string | null, point: { x: number; y: number }) => void;
  /** Called when every label has been measured and placed: at first, and again after labels not yet
   * measured appeared (never for a change that moves labels already measured). */
  readonly onPlaced?: (() => void) | undefined;
}

/**
 * Labels drawn by the browser over the map, so Nastaliq is shaped properly (MapLibre's text engine
 * cannot). Each entity gets a dot at its place, large enough to click even where a country is a few
 * pixels wide (Albania, Cyprus, Kuwait); dots that would cover each other are nudged apart, with a
 * short leader back to the true place. Each label sits snug beside its own dot at one of Imhof's
 * positions, by rank (the selection and its partners first); where there is no room it is not shown
 * rather than moved away, and the dot stays as the way to that place (focusable, with its name).
 */
export function NodeLabels({
  items: all,
  width,
  height,
  compact,
  reserved,
  land,
  onSelect,
  onDotClick,
  onHover,
  onPlaced,
  rove,
}: Props) {
  const { drawn: ranked, labelled: items, dots } = drawnNodes(all, compact);
  const labelRefs = useRef(new Map<string, HTMLButtonElement>());
  const [sizes, setSizes] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const key = items.map((i) => `${i.id}:${String(i.selected)}`).join();

  // The first labels (the map just drawn) are measured after the frame that lays them out has been
  // painted, not inside React's commit: read there, their size forced that layout into the task of
  // the render and the placement, one long task, now three shorter ones (docs/performance.md).
  // Their dots are on screen for that frame, and the names come in the next. Later changes
  // (a selection, a narrower map) are measured in the commit, so that no label that changes size is
  // ever drawn at its old size.
  const measuredOnce = useRef(false);
  useLayoutEffect(() => {
    let live = true;
    const measure = () => {
      if (!live) return;
      const next = new Map<string, { width: number; height: number }>();
      for (const [id, el] of labelRefs.current) next.set(id, { width: el.offsetWidth, height: el.offsetHeight });
      setSizes((prev) => {
        const same =
          prev.size === next.size &&
          [...next].every(([id, s]) => prev.get(id)?.width === s.width && prev.get(id)?.height === s.height);
        return same ? prev : next;
      });
    };
    // Nastaliq is much taller than the fallback font: measure again once the web font is in. (Asked
    // only after a measure: where the fonts are in already, it answers in the same task.)
    const measureWithFonts = () => {
      measure();
      void document.fonts.ready.then(measure);
    };
    // A label also changes size without a change of the labels themselves: story mode sets the type
    // for a projector, a theme or a stylesheet loads. Watched once measured, and measured and placed
    // again before the frame is painted (the observer runs after layout, before paint; flushSync
    // commits there), so no frame shows grown labels at the places laid out for their old size. The
    // observer's first call is not skipped: a label that changed size between the measure and that
    // call (story mode's type applied in the same frame) was left at its old size, and overlapped its
    // neighbour; a call that finds the sizes measured changes nothing (measure keeps the same map).
    let watch: ResizeObserver | undefined;
    const watchSizes = () => {
      watch = new ResizeObserver(() => flushSync(measure));
      for (const el of labelRefs.current.values()) watch.observe(el);
    };
    let cancel: (() => void) | undefined;
    if (measuredOnce.current) {
      measureWithFonts();
      watchSizes();
    } else
      cancel = afterNextPaint(() => {
        measuredOnce.current = true;
        measureWithFonts();
        watchSizes();
      });
    return () => {
      live = false;
      cancel?.();
      watch?.disconnect();
    };
  }, [key, compact]);

  const dotById = new Map(dots.map((d) => [d.id, d]));
  // Labels are placed once each has been measured (see above): the placement, whose land lookups
  // are the costly part, runs once rather than first at a guessed size and then again. Labels added
  // later are laid out unseen, and measured and placed before that frame is painted.
  const measured = items.every((it) => sizes.has(it.id));
  useEffect(() => {
    if (measured) onPlaced?.();
  }, [measured, onPlaced]);
  // Every dot keeps labels off it, the dots of places whose labels are not drawn (actors on a small map) too.
  const labelled = new Set(items.map((it) => it.id));
  const placed = measured
    ? placeLabels(
        [...items, ...ranked.filter((it) => !labelled.has(it.id))].map((it) => ({
          id: it.id,
          x: dotById.get(it.id)?.x ?? it.x,
          y: dotById.get(it.id)?.y ?? it.y,
          width: sizes.get(it.id)?.width ?? 0,
          height: sizes.get(it.id)?.height ?? 0,
          // The selection and its partners (or a step's places) are named, on a leader where they must
          // be; the selection and the partner countries whatever it takes.
          required: it.selected || it.focused,
          insist: it.selected || (it.focused && it.color !== undefined),
          weight: it.focused ? 10 : 1,
          // An actor is no country: its label lies over no place's land.
          own: it.iso,
          dotOnly: !labelled.has(it.id),
        })),
        { width, height },
        reserved,
        land,
      )
    : [];
  const placeById = new Map(placed.map((p) => [p.id, p]));
  // Tooltips follow a mouse only: after a tap there is no "leave", and the tooltip would stay put
  // over the map (the tap itself selects, and the panel says everything the tooltip would).
  const hover =
    (id: string | null) => (e: { clientX: number; clientY: number; pointerType: string; currentTarget: Element }) => {
      if (e.pointerType !== 'mouse') return;
      const host = e.currentTarget.closest('.map-view')?.getBoundingClientRect();
      onHover(id, { x: e.clientX - (host?.left ?? 0), y: e.clientY - (host?.top ?? 0) });
    };
  // Focus by the keyboard shows the tooltip; the focus a tap or a click leaves behind does not (it
  // would stay up, with nothing to take it away but the next focus).
  const focusHover = (it: NodeLabelItem) => (e: FocusEvent) => {
    if (e.currentTarget.matches(':focus-visible')) onHover(it.id, { x: it.x, y: it.y });
  };
  const colorOf = (it: NodeLabelItem) => ({ '--node-color': it.color ?? colorCss('actorFill') }) as CSSProperties;

  return (
    <div
      className="node-labels"
      data-testid="node-labels"
      data-compact={compact || undefined}
      data-placed={measured || undefined}
    >
      <svg className="leaders" width={width} height={height} aria-hidden="true">
        {ranked.map((it) => {
          // A dot nudged off its place keeps a short line back to where the place really is.
          const d = dotById.get(it.id);
          if (!d?.moved) return null;
          return (
            <g key={it.id} data-leader={it.id} className={it.dimmed ? 'dimmed' : undefined}>
              <line x1={it.x} y1={it.y} x2={d.x} y2={d.y} />
              <circle cx={it.x} cy={it.y} r={2} />
            </g>
          );
        })}
        {ranked.map((it) => {
          // A group or firm is no place: a dashed tether runs from its badge to what it belongs to.
          const d = dotById.get(it.id);
          if (!it.tiedTo || !d) return null;
          return (
            <line
              key={`tether-${it.id}`}
              data-tether={it.id}
              className={it.dimmed ? 'tether dimmed' : 'tether'}
              x1={d.x}
              y1={d.y}
              x2={it.tiedTo.x}
              y2={it.tiedTo.y}
            />
          );
        })}
        {items.map((it) => {
          // A label standing out from its dot (a crowded selection) keeps a line back to it.
          const leader = placeById.get(it.id)?.leader;
          if (!leader || !placeById.get(it.id)?.shown) return null;
          return (
            <line
              key={`callout-${it.id}`}
              data-callout={it.id}
              className={it.dimmed ? 'dimmed' : undefined}
              x1={leader.x1}
              y1={leader.y1}
              x2={leader.x2}
              y2={leader.y2}
            />
          );
        })}
      </svg>
      {items.map((it) => {
        const p = placeById.get(it.id);
        // A label with no room is kept in the page, unseen, so it can be measured for the next layout.
        const shown = p?.shown ?? false;
        return (
          <div
            key={it.id}
            className={`node${it.color ? ' node-country' : ' node-actor'}`}
            data-node={it.id}
            data-shown={shown}
            data-forced={(shown && p?.forced) || undefined}
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
              // Unseen but laid out (not display:none): it keeps its size for the next layout, and its
              // dot takes over as the way in for keyboards and screen readers.
              aria-hidden={!shown || undefined}
              {...(shown ? rove(it.id) : { tabIndex: -1 })}
              aria-label={it.description}
              aria-pressed={it.selected}
              onClick={(e) => onSelect(it.id, e)}
              onPointerEnter={hover(it.id)}
              onPointerLeave={hover(null)}
              onFocus={focusHover(it)}
              onBlur={() => onHover(null, { x: 0, y: 0 })}
            >
              <PlaceName ur={it.ur} en={it.en} />
            </button>
          </div>
        );
      })}
      {/* Dots come last, above every label: a tiny country's dot can always be clicked. A dot whose
          label is shown is a second way to click the same thing, hidden from assistive tech; one
          without a shown label is the keyboard's way in; one off the frame is not there at all. */}
      {ranked.map((it) => {
        const d = dotById.get(it.id) ?? { x: it.x, y: it.y };
        if (d.x < 0 || d.y < 0 || d.x > width || d.y > height) return null;
        const labelled = placeById.get(it.id)?.shown ?? false;
        return (
          <div
            key={it.id}
            className={`node${it.color ? ' node-country' : ' node-actor'}`}
            data-dot={it.id}
            data-selected={it.selected || undefined}
            data-dimmed={it.dimmed || undefined}
          >
            <button
              type="button"
              className="node-dot"
              style={{ ...colorOf(it), left: d.x, top: d.y }}
              aria-label={it.description}
              aria-pressed={it.selected}
              aria-hidden={labelled || undefined}
              {...(labelled ? { tabIndex: -1 } : rove(it.id))}
              onClick={(e) => onDotClick(it.id, e)}
              onPointerEnter={hover(it.id)}
              onPointerLeave={hover(null)}
              onFocus={focusHover(it)}
              onBlur={() => onHover(null, { x: 0, y: 0 })}
            />
          </div>
        );
      })}
    </div>
  );
}
