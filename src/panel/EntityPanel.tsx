import { namesOf } from '../story/describe.ts';
import { answerFirst, evidenceBySentence, moreSentencesNaming } from '../story/evidence.ts';
import { namesFor } from '../story/queries.ts';
import { summaryByCounterpart } from '../story/relationSummary.ts';
import { roleColor } from '../story/roles.ts';
import type { Entity } from '../story/types.ts';
import { HiddenAnswer } from './HiddenAnswer.tsx';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { RelationSummary } from './RelationSummary.tsx';
import { SentenceList } from './SentenceList.tsx';

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
 * What the article says about an entity, answer first: a summary of its relations, one line each
 * (the answer to the question it was opened by, if any, on top); then the sentences that evidence
 * them, each quoted once with every relation it evidences under it; then, folded, the other
 * sentences that name it.
 */
export function EntityPanel({ story, visible, roles, question, onSelect, onClear, entity }: Props) {
  const role = roles.get(entity.id);
  const own = visible.filter((r) => r.source === entity.id || r.target === entity.id);
  const hiddenCount = story.relations.filter((r) => r.source === entity.id || r.target === entity.id).length - own.length;
  const answer = question?.answer ?? [];
  const groups = summaryByCounterpart(story, entity.id, own, answer);
  const evidence = answerFirst(evidenceBySentence(story, own), new Set(answer));
  const more = moreSentencesNaming(story, entity.id, own);
  const highlight = namesFor(story, entity.id);
  const name = namesOf(story, entity.id).en;
  const selectEntity = (id: string) => onSelect({ kind: 'entity', id });
  const selectRelation = (id: string) => onSelect({ kind: 'relation', id });
  const stands = entity.standsFor;
  const placement = entity.placement;
  const moreList = <SentenceList story={story} sentences={more} highlight={highlight} onSelectRelation={selectRelation} onSelectEntity={selectEntity} />;

  return (
    <section className="panel-body" aria-labelledby="panel-title" data-entity={entity.id}>
      <PanelHeader kicker={KICKER[entity.type]} ur={entity.names.ur} en={entity.names.en} question={question} onClose={onClear}>
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
        <RelationSummary
          heading={
            <>
              In short: {own.length} {own.length === 1 ? 'relation' : 'relations'}
              {hiddenCount > 0 ? <span className="muted"> · {hiddenCount} hidden by the filters</span> : null}
            </>
          }
          groups={groups}
          onSelectRelation={selectRelation}
        >
          <HiddenAnswer answer={answer} visible={own} />
        </RelationSummary>
      ) : hiddenCount > 0 ? (
        <p className="muted" data-block="summary">
          All {hiddenCount} of its relations are hidden by the filters.
        </p>
      ) : null}
      {evidence.length > 0 ? (
        <section className="evidence" data-block="evidence" aria-labelledby="evidence-title">
          <h3 id="evidence-title">
            In the article’s words ({evidence.length} {evidence.length === 1 ? 'sentence' : 'sentences'})
          </h3>
          <SentenceList story={story} sentences={evidence} highlight={highlight} onSelectRelation={selectRelation} onSelectEntity={selectEntity} />
        </section>
      ) : null}
      {more.length > 0 && evidence.length > 0 ? (
        <details className="more" data-block="more">
          <summary>
            More sentences that name {name} ({more.length})
          </summary>
          {moreList}
        </details>
      ) : more.length > 0 ? (
        <section className="evidence" data-block="more" aria-labelledby="more-title">
          <h3 id="more-title">What the article says about it ({more.length})</h3>
          {moreList}
        </section>
      ) : null}
    </section>
  );
}
