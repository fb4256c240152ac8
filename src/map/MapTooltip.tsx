import type { TooltipText } from '../story/tooltips.ts';

interface Props {
  readonly text: TooltipText;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** A tooltip near the pointer (or the focused handle), kept inside the map. */
export function MapTooltip({ text, x, y, width }: Props) {
  const flip = x > width - 300;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: flip ? undefined : x + 14, right: flip ? width - x + 14 : undefined, top: y + 14 }}>
      <div className="tt-en">{text.en}</div>
      <div className="tt-ur" lang="ur" dir="rtl">
        {text.ur}
      </div>
      <div className="tt-detail">{text.detail}</div>
    </div>
  );
}
