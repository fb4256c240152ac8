import { KIND_MARK, MARK_BOX } from '../arcs/kindMarks.ts';
import type { RelationKind } from '../story/vocabulary.ts';
import { svgDash } from '../theme/arcStyle.ts';

interface Props {
  readonly color: string;
  readonly dashed: boolean;
  /** The kind whose mark sits on the line, as on the map's arcs; none for a claims sample. */
  readonly kind?: RelationKind | undefined;
}

// The swatch's size, and the mark's (its 32 px box scaled to fit the swatch's height).
const WIDTH = 32;
const HEIGHT = 14;

/** A short line in a relation kind's colour, solid or dashed, with the kind's mark on it, as the map
 * draws it. */
export function LineSwatch({ color, dashed, kind }: Props) {
  const scale = HEIGHT / MARK_BOX;
  return (
    <svg className="line-swatch" width={WIDTH} height={HEIGHT} aria-hidden="true">
      <line
        x1="1"
        y1={HEIGHT / 2}
        x2={WIDTH - 1}
        y2={HEIGHT / 2}
        style={{ stroke: color }}
        strokeWidth="3"
        strokeDasharray={dashed ? svgDash(3) : undefined}
      />
      {kind ? (
        <path
          d={KIND_MARK[kind]}
          transform={`translate(${(WIDTH - HEIGHT) / 2} 0) scale(${scale})`}
          style={{ fill: color }}
          fillRule="evenodd"
        />
      ) : null}
    </svg>
  );
}
