import { useMessages } from '../i18n/useMessages.ts';
import { langAttributes } from '../i18n/lang.ts';
import type { TooltipText } from '../wording/tooltips.ts';

interface Props {
  readonly text: TooltipText;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** A tooltip near the pointer (or the focused handle), kept inside the map. */
export function MapTooltip({ text, x, y, width }: Props) {
  const { lang } = useMessages();
  const flip = x > width - 300;
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      style={{ left: flip ? undefined : x + 14, right: flip ? width - x + 14 : undefined, top: y + 14 }}
    >
      {/* In an Urdu page the article's Urdu says it all; an English one gives ours above it. */}
      {lang === 'en' ? <div className="tt-en">{text.en}</div> : null}
      <div className="tt-ur" lang="ur" dir="rtl">
        {text.ur}
      </div>
      <div className="tt-detail" {...langAttributes(lang)}>
        {text.detail}
      </div>
    </div>
  );
}
