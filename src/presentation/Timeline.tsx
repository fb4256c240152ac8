import { noteIn } from '../wording/describe.ts';
import { formatAxisTick, formatCalendar } from '../i18n/dates.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../story/types.ts';
import { dodge, timelineDomain, timelinePoints, type TimelinePoint } from './timelineLayout.ts';

interface Props {
  readonly story: Story;
  /** The step shown, 0-based. */
  readonly step: number;
  readonly onStep: (step: number) => void;
}

// Room (px) for a step marker, and the line's inset from the frame's sides.
const MARKER = 26;
const INSET = 18;
const AXIS_Y = 34;

/**
 * The dated steps on a time axis under the map (d3's UTC scale and axis): each marker goes to its
 * step; the current one is filled, and its caption gives the article's own words for when beside
 * the calendar date, which is always marked as context from outside the article (the article gives
 * no year, and for some steps no date at all).
 */
export function Timeline({ story, step, onStep }: Props) {
  const { lang, t } = useMessages();
  const m = t.story;
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
  // Time runs the way the page reads: left to right in English, right to left in Urdu.
  const rtl = lang === 'ur';
  const scale = useMemo(() => {
    if (!domain) return null;
    const ends: [number, number] = [INSET, Math.max(INSET + 1, width - INSET)];
    return scaleUtc()
      .domain(domain)
      .range(rtl ? [ends[1], ends[0]] : ends);
  }, [domain, width, rtl]);
  // d3 draws the axis into its own group; React owns everything else.
  useEffect(() => {
    if (!scale || !axisRef.current || width === 0) return;
    const axis = axisBottom(scale)
      .ticks(Math.max(2, Math.floor(width / 110)))
      .tickSizeOuter(0);
    // d3's own tick labels are English: an Urdu page names the months (and days) itself.
    if (lang === 'ur') axis.tickFormat((d) => formatAxisTick(d instanceof Date ? d : new Date(d.valueOf()), lang));
    select(axisRef.current).call(axis);
  }, [scale, width, lang]);
  if (!scale || points.length === 0) return null;
  const xs = points.map((p) => scale(p.date));
  // Dodged as if time ran left to right (so steps of one day keep their order in reading
  // direction), then mirrored back for Urdu.
  const mirror = (x: number) => (rtl ? width - x : x);
  const at = dodge(xs.map(mirror), MARKER, INSET, Math.max(INSET, width - INSET)).map(mirror);
  const current = points.find((p) => p.step === step);
  const calendarOf = (p: TimelinePoint) => formatCalendar(p.date, p.monthOnly, lang);
  return (
    <section className="timeline" ref={hostRef} aria-label={m.timeline}>
      <svg className="timeline-axis" width={width} height={AXIS_Y + 22} aria-hidden="true">
        {points.map((p, i) => {
          const x = xs[i] ?? 0;
          const m = at[i] ?? x;
          // A month known only as a month ("last month") is a band across it, not a day.
          const band = p.monthOnly
            ? [
                scale(new Date(Date.UTC(p.date.getUTCFullYear(), p.date.getUTCMonth(), 1))),
                scale(new Date(Date.UTC(p.date.getUTCFullYear(), p.date.getUTCMonth() + 1, 1))),
              ]
            : null;
          return (
            <g key={p.step} className={p.step === step ? 'current' : undefined}>
              {band ? (
                <rect
                  className="timeline-month"
                  x={Math.min(band[0] ?? 0, band[1] ?? 0)}
                  y={AXIS_Y - 4}
                  width={Math.max(2, Math.abs((band[1] ?? 0) - (band[0] ?? 0)))}
                  height={4}
                />
              ) : null}
              <line className="timeline-leader" x1={m} y1={AXIS_Y - 14} x2={x} y2={AXIS_Y} />
            </g>
          );
        })}
        <g ref={axisRef} className="timeline-ticks" transform={`translate(0,${AXIS_Y})`} />
      </svg>
      {points.map((p, i) => {
        const title = story.steps[p.step]?.title[lang] ?? '';
        const when = m.markerWhen(p.article ? p.article[lang] : null, calendarOf(p));
        return (
          <button
            key={p.step}
            type="button"
            className="timeline-marker"
            style={{ left: (at[i] ?? 0) - MARKER / 2 + 1 }}
            aria-current={p.step === step ? 'step' : undefined}
            // Dated by the article's own words, or only by a source outside it (drawn dashed).
            data-dated={p.article ? 'article' : 'context'}
            aria-label={`${m.stepLabel(p.step + 1, title)} (${when})`}
            title={`${m.stepLabel(p.step + 1, title)}\n${when}`}
            onClick={() => onStep(p.step)}
          >
            {t.number(p.step + 1)}
          </button>
        );
      })}
      <p className="timeline-caption">
        {current ? (
          <>
            {current.article ? (
              <>
                {m.theArticle}“
                <span lang="ur" dir="rtl">
                  {current.article.ur}
                </span>
                ”{lang === 'en' ? ` (${current.article.en})` : ''} ·{' '}
              </>
            ) : (
              `${m.noDate} · `
            )}
            <span className="timeline-context" title={noteIn(current, lang).text}>
              {m.contextDate}
              {calendarOf(current)}
            </span>
          </>
        ) : (
          `${m.noDate}.`
        )}
      </p>
      <p className="timeline-key" aria-hidden="true">
        <span className="timeline-key-article">{m.datedByArticle}</span>{' '}
        <span className="timeline-key-context">{m.datedByContext}</span>
      </p>
    </section>
  );
}
