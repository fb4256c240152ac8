import { ROLE_COLORS } from '../map/layers.ts';
import { namesFor, passagesNaming } from '../story/queries.ts';
import { ROLE_LABELS, type CountryRole } from '../story/roles.ts';
import type { Entity, Story } from '../story/types.ts';
import { Quote } from './Quote.tsx';

interface Props {
  readonly story: Story;
  readonly entity: Entity;
  readonly role: CountryRole | undefined;
  readonly onClose: () => void;
}

/** The panel for a selected entity: its names, its role, and every passage of the article that names it. */
export function EntityDetails({ story, entity, role, onClose }: Props) {
  const passages = passagesNaming(story, entity.id);
  const highlight = namesFor(story, entity.id);
  return (
    <section className="entity-details" aria-labelledby="entity-title" data-entity={entity.id}>
      <header className="entity-header">
        <h2 id="entity-title">
          <span className="ur" lang="ur" dir="rtl">
            {entity.names.ur}
          </span>
          <span className="en">{entity.names.en}</span>
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close and show the overview">
          ×
        </button>
      </header>
      {role ? (
        <p className="role">
          <span className="swatch" style={{ background: ROLE_COLORS[role] }} aria-hidden="true" />
          {ROLE_LABELS[role]}
        </p>
      ) : null}
      <h3>
        What the article says ({passages.length} {passages.length === 1 ? 'passage' : 'passages'})
      </h3>
      <ol className="quotes">
        {passages.map((p) => (
          <li key={p.id}>
            <Quote story={story} passage={p} highlight={highlight} />
          </li>
        ))}
      </ol>
    </section>
  );
}
