import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../story/types.ts';
import { dodge, timelineDomain, timelinePoints } from './timelineLayout.ts';

interface Props {
  readonly story: Story;
  /** The step shown, 0-based. */
  readonly step: number;
  readonly onStep: (step: number) => void;
}

// Room (px) for a step marker, and the line's inset from the frame's sides.
const MARKER = 24;
const INSET = 18;
const AXIS_Y = 34;

/**
 * The dated steps on a time axis under the map (d3's UTC scale and axis): each marker goes to its
 * step; the current one is filled, and its caption gives the article's own words for when beside
 * the calendar date, which is always marked as context from outside the article (the article gives
 * no year, and for some steps no date at all).
 */
export function Timeline({ story, step, onStep }: Props) {
  const hostRef = useRef<HTMLElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const [width, setWidth] = useState(0);
  const points = useMemo(() => timelinePoints(story), [story]);
  const domain = useMemo(() => timelineDomain(points), [points]);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const ro = new ResizeObserver(() => setWidth(host.clientWidth));
    ro.observe(host);
    return () => ro.disconnect();
  }, []);
  const scale = useMemo(() => (domain ? scaleUtc().domain(domain).range([INSET, Math.max(INSET + 1, width - INSET)]) : null), [domain, width]);
  // d3 draws the axis into its own group; React owns everything else.
  useEffect(() => {
    if (!scale || !axisRef.current || width === 0) return;
    select(axisRef.current).call(axisBottom(scale).ticks(Math.max(2, Math.floor(width / 110))).tickSizeOuter(0));
  }, [scale, width]);
  if (!scale || points.length === 0) return null;
  const xs = points.map((p) => scale(p.date));
  const at = dodge(xs, MARKER, INSET, Math.max(INSET, width - INSET));
  const current = points.find((p) => p.step === step);
  return (
    <section className="timeline" ref={hostRef} aria-label="Timeline of the dated steps">
      <svg className="timeline-axis" width={width} height={AXIS_Y + 22} aria-hidden="true">
        {points.map((p, i) => {
          const x = xs[i] ?? 0;
          const m = at[i] ?? x;
          // A month known only as a month ("last month") is a band across it, not a day.
          const band = p.monthOnly ? [scale(new Date(Date.UTC(p.date.getUTCFullYear(), p.date.getUTCMonth(), 1))), scale(new Date(Date.UTC(p.date.getUTCFullYear(), p.date.getUTCMonth() + 1, 1)))] : null;
          return (
            <g key={p.step} className={p.step === step ? 'current' : undefined}>
              {band ? <rect className="timeline-month" x={band[0]} y={AXIS_Y - 4} width={Math.max(2, (band[1] ?? 0) - (band[0] ?? 0))} height={4} /> : null}
              <line className="timeline-leader" x1={m} y1={AXIS_Y - 14} x2={x} y2={AXIS_Y} />
            </g>
          );
        })}
        <g ref={axisRef} className="timeline-ticks" transform={`translate(0,${AXIS_Y})`} />
      </svg>
      {points.map((p, i) => {
        const title = story.steps[p.step]?.title.en ?? '';
        const when = p.article ? `the article: “${p.article.en}”; ${p.calendar}, context` : `${p.calendar}, context (the article gives no date)`;
        return (
          <button
            key={p.step}
            type="button"
            className="timeline-marker"
            style={{ left: (at[i] ?? 0) - MARKER / 2 + 1 }}
            aria-current={p.step === step ? 'step' : undefined}
            aria-label={`Step ${p.step + 1}: ${title} (${when})`}
            title={`${p.step + 1}. ${title}\n${when}`}
            onClick={() => onStep(p.step)}
          >
            {p.step + 1}
          </button>
        );
      })}
      <p className="timeline-caption">
        {current ? (
          <>
            {current.article ? (
              <>
                The article: “<span lang="ur" dir="rtl">{current.article.ur}</span>” ({current.article.en}) ·{' '}
              </>
            ) : (
              'The article gives no date for this step · '
            )}
            <span className="timeline-context" title={current.why}>
              Context, not in the article: {current.calendar}
            </span>
          </>
        ) : (
          'The article gives no date for this step.'
        )}
      </p>
    </section>
  );
}
