import { svgDash } from '../theme/arcStyle.ts';

/** A short line in a relation kind's colour, solid or dashed, as the map draws it. */
export function LineSwatch({ color, dashed }: { readonly color: string; readonly dashed: boolean }) {
  return (
    <svg className="line-swatch" width="28" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" style={{ stroke: color }} strokeWidth="3" strokeDasharray={dashed ? svgDash(3) : undefined} />
    </svg>
  );
}
