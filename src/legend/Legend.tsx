import { useMessages } from '../i18n/useMessages.ts';
import './legend.css';
import { memo, useState } from 'react';
import { colorCss, kindCss } from '../theme/palette.ts';
import { LineSwatch } from './LineSwatch.tsx';
import type { ClaimsFilter } from '../state/viewState.ts';
import { RELATION_KINDS, type RelationKind } from '../story/relationKinds.ts';
import { kindLabel } from '../wording/relationWords.ts';
import { roleColor } from '../theme/roleColor.ts';
import type { Story } from '../story/types.ts';

interface Props {
  readonly story: Story;
  /** The narrow layout (a phone): the legend starts folded under the map. */
  readonly narrow: boolean;
  readonly kinds: readonly RelationKind[];
  readonly claims: ClaimsFilter;
  /** How many relations of each kind the story has. */
  readonly counts: ReadonlyMap<RelationKind, number>;
  /** The kind chosen to list its relations (its name is pressed), or null. */
  readonly chosenKind: RelationKind | null;
  readonly onToggleKind: (kind: RelationKind) => void;
  readonly onToggleClaim: (claim: keyof ClaimsFilter) => void;
  readonly onSelectKind: (kind: RelationKind) => void;
  readonly onShowAll: () => void;
  /** The table of relations is open over the map. */
  readonly tableOpen: boolean;
  /** Opens or closes the table of relations. */
  readonly onTable: () => void;
}

/**
 * The key and the filters in one: each relation kind can be switched on and off (checkbox) or chosen
 * (its name) to list all its relations; stated and alleged claims can be switched separately.
 * Memoised: choosing a country, or anything but a kind, does not draw it again.
 */
export const Legend = memo(function Legend({
  story,
  narrow,
  kinds,
  claims,
  counts,
  chosenKind,
  onToggleKind,
  onToggleClaim,
  onSelectKind,
  onShowAll,
  tableOpen,
  onTable,
}: Props) {
  const { lang, t } = useMessages();
  const l = t.legend;
  const allOn = kinds.length === RELATION_KINDS.length && claims.stated && claims.alleged;
  // Open by default where there is room; on a phone it starts folded under the map.
  const [open, setOpen] = useState(!narrow);
  return (
    <section className="legend" data-open={open || undefined} aria-label={l.label}>
      <div className="legend-head">
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {l.label}
          {allOn ? '' : l.filtered}
        </button>
        {/* The same relations as rows: for screen readers, and for anyone who would rather read. */}
        <button type="button" className="table-toggle" aria-pressed={tableOpen} onClick={onTable}>
          {t.table.toggle}
        </button>
      </div>
      {open ? (
        <div className="legend-body">
          <div className="legend-row" role="group" aria-labelledby="legend-relations">
            <span className="legend-heading" id="legend-relations">
              {l.relations}
            </span>
            <ul>
              {RELATION_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => {
                const on = kinds.includes(k);
                return (
                  <li key={k} data-kind={k} data-off={!on || undefined}>
                    <input
                      type="checkbox"
                      id={`kind-${k}`}
                      checked={on}
                      onChange={() => onToggleKind(k)}
                      aria-label={l.show(kindLabel(k, lang))}
                    />
                    <LineSwatch color={kindCss(k)} dashed={false} kind={k} />
                    <button
                      type="button"
                      className="legend-entry"
                      aria-pressed={chosenKind === k}
                      onClick={() => onSelectKind(k)}
                    >
                      {kindLabel(k, lang)} <span className="count">{t.number(counts.get(k) ?? 0)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
          <div className="legend-row legend-row-half" role="group" aria-labelledby="legend-claims">
            <span className="legend-heading" id="legend-claims">
              {l.claims}
            </span>
            <ul className="claims">
              <li data-off={!claims.stated || undefined}>
                <label>
                  <input type="checkbox" checked={claims.stated} onChange={() => onToggleClaim('stated')} />
                  <LineSwatch color={colorCss('claimLine')} dashed={false} /> {t.relation.Stated}
                </label>
              </li>
              <li data-off={!claims.alleged || undefined}>
                <label>
                  <input type="checkbox" checked={claims.alleged} onChange={() => onToggleClaim('alleged')} />
                  <LineSwatch color={colorCss('claimLine')} dashed /> {t.relation.Alleged}
                </label>
              </li>
            </ul>
            {!allOn ? (
              <button type="button" className="show-all" onClick={onShowAll}>
                {l.showAll}
              </button>
            ) : null}
          </div>
          <div className="legend-row legend-row-half" role="group" aria-labelledby="legend-countries">
            <span className="legend-heading" id="legend-countries">
              {l.map}
            </span>
            <ul>
              {story.roles.map((role) => (
                <li key={role.id}>
                  <span className="swatch" style={{ background: roleColor(story, role) }} aria-hidden="true" />
                  {role.label[lang]}
                </li>
              ))}
              {story.entities.some((e) => e.anchor && e.type !== 'country') ? (
                <li>
                  <span className="swatch swatch-actor" aria-hidden="true" />
                  {l.actor}
                </li>
              ) : null}
            </ul>
          </div>
        </div>
      ) : null}
    </section>
  );
});
