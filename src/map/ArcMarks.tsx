import { KIND_MARK, MARK_BOX } from '../arcs/kindMarks.ts';
import { ARC_STYLE } from '../theme/arcStyle.ts';
import type { EdgeHandleItem } from './EdgeHandles.tsx';

/**
 * Each drawn arc's kind mark (its shape tells the kind, beside its colour), where its keyboard handle
 * sits and turned the way the arc runs there, in one SVG over the map's canvas. MapLibre drew them as
 * a symbol layer before; as DOM they cost the map's first drawing no symbol layout, placement or
 * shader of its own (the map is drawn sooner: see README, Performance), and they sit on the part of
 * an arc that is on screen. A mark with no heading (its handle held at the frame's edge, off its arc,
 * or an arc whose ends are drawn at one place) is not drawn. Decorative: each arc is named by its
 * handle.
 */
export function ArcMarks({ items }: { readonly items: readonly EdgeHandleItem[] }) {
  const scale = ARC_STYLE.markSize / MARK_BOX;
  // The halo is a stroke under the fill (paint-order, in map.css): twice its width, in the mark's own
  // units, leaves its width outside the shape.
  const halo = (2 * ARC_STYLE.markHalo) / scale;
  return (
    <svg className="arc-marks" aria-hidden="true" strokeWidth={halo}>
      {items.map((it) =>
        it.heading === null ? null : (
          <path
            key={it.id}
            className="arc-mark"
            data-relation={it.id}
            d={KIND_MARK[it.kind]}
            fillRule="evenodd"
            transform={`translate(${it.x.toFixed(1)} ${it.y.toFixed(1)}) rotate(${it.heading.toFixed(1)}) scale(${scale}) translate(${-MARK_BOX / 2} ${-MARK_BOX / 2})`}
            style={{ fill: it.color, opacity: it.dimmed ? ARC_STYLE.dimOpacity : undefined }}
          />
        ),
      )}
    </svg>
  );
}
