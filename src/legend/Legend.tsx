import './legend.css';
import { useState } from 'react';
import { colorCss, kindCss } from '../theme/palette.ts';
import { LineSwatch } from './LineSwatch.tsx';
import type { ClaimsFilter, Selection } from '../state/viewState.ts';
import { KIND_LABELS, RELATION_KINDS, type RelationKind } from '../story/relationKinds.ts';
import { roleColor } from '../story/roles.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The narrow layout (a phone): the legend starts folded under the map. */
  readonly narrow: boolean;
  readonly kinds: readonly RelationKind[];
  readonly claims: ClaimsFilter;
  /** How many relations of each kind the story has. */
  readonly counts: ReadonlyMap<RelationKind, number>;
  readonly selection: Selection;
  readonly onToggleKind: (kind: RelationKind) => void;
  readonly onToggleClaim: (claim: keyof ClaimsFilter) => void;
  readonly onSelectKind: (kind: RelationKind) => void;
  readonly onShowAll: () => void;
}

/**
 * The key and the filters in one: each relation kind can be switched on and off (checkbox) or chosen
 * (its name) to list all its relations; stated and alleged claims can be switched separately.
 */
export function Legend({ story, narrow, kinds, claims, counts, selection, onToggleKind, onToggleClaim, onSelectKind, onShowAll }: Props) {
  const allOn = kinds.length === RELATION_KINDS.length && claims.stated && claims.alleged;
  // Open by default where there is room; on a phone it starts folded under the map.
  const [open, setOpen] = useState(!narrow);
  return (
    <section className="legend" data-open={open || undefined} aria-label="Legend and filters">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend and filters{allOn ? '' : ' (filtered)'}
      </button>
      {open ? (
        <div className="legend-body">
      <div className="legend-row" role="group" aria-labelledby="legend-relations">
        <span className="legend-heading" id="legend-relations">Relations</span>
        <ul>
          {RELATION_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => {
            const on = kinds.includes(k);
            return (
              <li key={k} data-kind={k} data-off={!on || undefined}>
                <input type="checkbox" id={`kind-${k}`} checked={on} onChange={() => onToggleKind(k)} aria-label={`Show: ${KIND_LABELS[k]}`} />
                <LineSwatch color={kindCss(k)} dashed={false} />
                <button
                  type="button"
                  className="legend-entry"
                  aria-pressed={selection?.kind === 'relation-kind' && selection.id === k}
                  onClick={() => onSelectKind(k)}
                >
                  {KIND_LABELS[k]} <span className="count">{counts.get(k) ?? 0}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="legend-row legend-row-half" role="group" aria-labelledby="legend-claims">
        <span className="legend-heading" id="legend-claims">Claims</span>
        <ul className="claims">
          <li data-off={!claims.stated || undefined}>
            <label>
              <input type="checkbox" checked={claims.stated} onChange={() => onToggleClaim('stated')} />
              <LineSwatch color={colorCss('claimLine')} dashed={false} /> Stated
            </label>
          </li>
          <li data-off={!claims.alleged || undefined}>
            <label>
              <input type="checkbox" checked={claims.alleged} onChange={() => onToggleClaim('alleged')} />
              <LineSwatch color={colorCss('claimLine')} dashed /> Alleged
            </label>
          </li>
        </ul>
        {!allOn ? (
          <button type="button" className="show-all" onClick={onShowAll}>
            Show all relations
          </button>
        ) : null}
      </div>
      <div className="legend-row legend-row-half" role="group" aria-labelledby="legend-countries">
        <span className="legend-heading" id="legend-countries">Map</span>
        <ul>
          {story.roles.map((role) => (
            <li key={role.id}>
              <span className="swatch" style={{ background: roleColor(story, role) }} aria-hidden="true" />
              {role.label.en}
            </li>
          ))}
          {story.entities.some((e) => e.anchor && e.type !== 'country') ? (
            <li>
              <span className="swatch swatch-actor" aria-hidden="true" />
              Group or firm: not a place, drawn beside the country the article ties it to
            </li>
          ) : null}
        </ul>
      </div>
        </div>
      ) : null}
    </section>
  );
}
