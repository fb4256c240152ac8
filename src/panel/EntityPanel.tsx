import { capitalise, namesOf } from '../story/describe.ts';
import { namesFor, passagesNaming } from '../story/queries.ts';
import { roleColor } from '../story/roles.ts';
import type { Entity, Relation } from '../story/types.ts';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { Quote } from './Quote.tsx';
import { RelationCard } from './RelationCard.tsx';

interface Props extends PanelContext {
  readonly entity: Entity;
}

const KICKER: Record<Entity['type'], string> = {
  country: 'Country',
  organisation: 'Organisation',
  person: 'Person',
  city: 'City',
  topic: 'Topic',
};

/**
 * Everything the article says about an entity: the relations it takes part in, grouped by the pair
 * and direction, each with its evidence; then every other passage that names it by any surface form.
 */
export function EntityPanel({ story, visible, roles, selection, onSelect, onClear, entity }: Props) {
  const role = roles.get(entity.id);
  const own = visible.filter((r) => r.source === entity.id || r.target === entity.id);
  const hiddenCount = story.relations.filter((r) => r.source === entity.id || r.target === entity.id).length - own.length;
  const groups = new Map<string, Relation[]>();
  for (const r of own) groups.set(`${r.source}|${r.target}`, [...(groups.get(`${r.source}|${r.target}`) ?? []), r]);
  const shown = new Set(own.flatMap((r) => r.evidence));
  const others = passagesNaming(story, entity.id).filter((p) => !shown.has(p.id));
  const highlight = namesFor(story, entity.id);
  const selectEntity = (id: string) => onSelect({ kind: 'entity', id });
  const selectRelation = (id: string) => onSelect({ kind: 'relation', id });
  const stands = entity.standsFor;
  const placement = entity.placement;

  return (
    <section className="panel-body" aria-labelledby="panel-title" data-entity={entity.id}>
      <PanelHeader kicker={KICKER[entity.type]} ur={entity.names.ur} en={entity.names.en} onClose={onClear}>
        {role ? (
          <p className="role">
            <span className="swatch" style={{ background: roleColor(story, role) }} aria-hidden="true" />
            {role.label.en}
          </p>
        ) : null}
        {stands ? (
          <p className="note">
            Speaks or stands for{' '}
            <button type="button" className="link" onClick={() => selectEntity(stands.country)}>
              {namesOf(story, stands.country).en}
            </button>{' '}
            ({stands.as.replace('-', ' ')}).
          </p>
        ) : null}
        {placement ? (
          <p className="note">
            Not a place: drawn beside {namesOf(story, placement.beside).en}. {placement.why}
          </p>
        ) : null}
      </PanelHeader>
      {own.length > 0 ? (
        <>
          <h3>
            Relations ({own.length}){hiddenCount > 0 ? <span className="muted"> · {hiddenCount} hidden by the filters</span> : null}
          </h3>
          {[...groups].map(([key, rs]) => {
            const [s = '', t = ''] = key.split('|');
            return (
              <section key={key} className="relation-group">
                <h4>
                  {capitalise(namesOf(story, s).en)} → {namesOf(story, t).en}
                </h4>
                {rs.map((r) => (
                  <RelationCard
                    key={r.id}
                    story={story}
                    relation={r}
                    selected={selection?.kind === 'relation' && selection.id === r.id}
                    withQuotes
                    onSelectRelation={selectRelation}
                    onSelectEntity={selectEntity}
                  />
                ))}
              </section>
            );
          })}
        </>
      ) : hiddenCount > 0 ? (
        <p className="muted">All {hiddenCount} of its relations are hidden by the filters.</p>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3>{own.length > 0 ? 'Everything else the article says about it' : 'What the article says about it'} ({others.length})</h3>
          <ol className="quotes">
            {others.map((p) => (
              <li key={p.id}>
                <Quote story={story} passage={p} highlight={highlight} onSelectEntity={selectEntity} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
