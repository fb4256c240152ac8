import './stepMap.css';
import { useMemo } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { sceneOf } from '../map/scene.ts';
import { sidesOff, type Side } from '../map/framing.ts';
import { stepFocus } from '../state/storyMode.ts';
import type { Story } from '../story/types.ts';
import { kindCss } from '../theme/palette.ts';
import { svgDash } from '../theme/arcStyle.ts';
import { arrowHead, frameFor, placeLabels, type StepShape } from './stepMap.ts';
import { STEP_MAP_SIZE, stepMapPlan } from './stepMapPlan.ts';

interface Props {
  readonly story: Story;
  /** The step drawn, 0-based. */
  readonly step: number;
  /** Its outlines (loadStepShapes); until they come, the places and arrows are drawn on the sea. */
  readonly shapes: readonly StepShape[] | undefined;
  /** The accessible name of the picture. */
  readonly label: string;
}

// Rough text widths (px per character at the labels' 15 px, stepMap.css): enough to keep labels
// apart; Nastaliq runs narrower per character than its height suggests.
const CHAR_WIDTH: Readonly<Record<Lang, number>> = { en: 8.4, ur: 7.5 };
const LABEL_HEIGHT: Readonly<Record<Lang, number>> = { en: 19, ur: 28 };
const ARROWS: Readonly<Record<Side, string>> = { left: '←', right: '→', top: '↑', bottom: '↓' };

/**
 * A step's small still map (the handout's, and the speaker notes' preview of the next step): the
 * step's countries in their roles' tints, its relations as arrows in their kinds' colours (dashed
 * where alleged), its places dotted and named in the page's language, and the places too far to
 * share the frame named at its edge with an arrow, as on the big map.
 */
export function StepMiniMap({ story, step, shapes, label }: Props) {
  const { lang } = useMessages();
  const { width, height, pad } = STEP_MAP_SIZE;
  const drawn = useMemo(() => {
    const scene = sceneOf(story);
    const focus = stepFocus(story, step);
    const plan = stepMapPlan(story, step);
    const box = plan.box;
    const frame = frameFor(box, width, height, pad);
    const far = new Set(plan.far);
    const nodes = scene.nodes.filter((n) => focus?.entities.has(n.id) && !far.has(n.id));
    const points = nodes.map((n) => ({ node: n, at: frame.project(n.lngLat) }));
    const name = (n: (typeof nodes)[number]) => (lang === 'ur' ? n.ur : n.en);
    const placed = placeLabels(
      points.map(({ node, at }) => ({
        id: node.id,
        at,
        width: name(node).length * CHAR_WIDTH[lang] + 8,
        height: LABEL_HEIGHT[lang],
      })),
      width,
      height,
    );
    const arcs = scene.arcs.features.filter((f) => focus?.relations.has(f.properties.id));
    const farNodes = scene.nodes.filter((n) => far.has(n.id));
    const farLabels = farNodes.map((n) => ({ node: n, side: [...sidesOff(box, [n.lngLat])][0] ?? 'right' }));
    return {
      frame,
      points,
      placed,
      arcs,
      farLabels,
      name,
      focusIso: new Set(nodes.flatMap((n) => (n.isoNumeric ? [n.isoNumeric] : []))),
      colorByIso: scene.colorByIso,
    };
  }, [story, step, lang, width, height, pad]);
  const { frame, points, placed, arcs, farLabels, name, focusIso, colorByIso } = drawn;
  const line = (coords: readonly (readonly number[])[]) =>
    coords
      .map(
        (c, i) =>
          `${i === 0 ? 'M' : 'L'}${frame
            .project([c[0] ?? 0, c[1] ?? 0])
            .map((v) => v.toFixed(1))
            .join(' ')}`,
      )
      .join('');
  const farAt: Readonly<Record<Side, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }>> = {
    left: { x: 4, y: height / 2, anchor: 'start' },
    right: { x: width - 4, y: height / 2, anchor: 'end' },
    top: { x: width / 2, y: 14, anchor: 'middle' },
    bottom: { x: width / 2, y: height - 6, anchor: 'middle' },
  };
  return (
    <svg className="step-map" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-step-map={step + 1}>
      <rect className="step-map-sea" width={width} height={height} />
      {shapes?.map((s, i) => (
        <path
          key={`${s.iso}-${i}`}
          className={focusIso.has(s.iso) ? 'step-map-land step-map-focus' : 'step-map-land'}
          d={s.d}
          style={focusIso.has(s.iso) ? { fill: colorByIso.get(s.iso) } : undefined}
          data-iso={s.iso}
        />
      ))}
      {arcs.map((f) => (
        <path
          key={f.properties.id}
          className="step-map-arc"
          d={line(f.geometry.coordinates)}
          style={{ stroke: kindCss(f.properties.kind) }}
          strokeDasharray={f.properties.alleged ? svgDash(2) : undefined}
          data-relation={f.properties.id}
        />
      ))}
      {arcs.map((f) => {
        const ends = f.geometry.coordinates.slice(-2).map((c) => frame.project([c[0] ?? 0, c[1] ?? 0]));
        const [a, b] = ends;
        return a && b ? (
          <path
            key={f.properties.id}
            className="step-map-arrowhead"
            d={arrowHead(a, b)}
            style={{ fill: kindCss(f.properties.kind) }}
          />
        ) : null;
      })}
      {points.map(({ node, at }) => (
        <circle
          key={node.id}
          className={node.color ? 'step-map-dot' : 'step-map-dot step-map-actor'}
          cx={at[0]}
          cy={at[1]}
          r={3.5}
        />
      ))}
      {placed.map((p) => {
        const node = points.find((x) => x.node.id === p.id)?.node;
        if (!p.box || !node) return null;
        return (
          <text
            key={p.id}
            className="step-map-label"
            x={(p.box.left + p.box.right) / 2}
            y={(p.box.top + p.box.bottom) / 2}
            textAnchor="middle"
            dominantBaseline="central"
            lang={lang}
            data-place={p.id}
          >
            {name(node)}
          </text>
        );
      })}
      {farLabels.map(({ node, side }) => {
        const at = farAt[side];
        const text =
          side === 'left' || side === 'top' ? `${ARROWS[side]} ${name(node)}` : `${name(node)} ${ARROWS[side]}`;
        return (
          <text
            key={node.id}
            className="step-map-label step-map-far"
            x={at.x}
            y={at.y}
            textAnchor={at.anchor}
            dominantBaseline="central"
            lang={lang}
            direction="ltr"
            data-place={node.id}
          >
            {text}
          </text>
        );
      })}
    </svg>
  );
}
