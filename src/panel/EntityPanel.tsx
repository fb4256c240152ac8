import { nameIn, noteIn } from '../wording/describe.ts';
import { langAttributes } from '../i18n/lang.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { answerFirst, evidenceBySentence, moreSentencesNaming } from '../story/evidence.ts';
import { namesFor } from '../story/queries.ts';
import { summaryByCounterpart } from '../wording/relationSummary.ts';
import { roleColor } from '../theme/roleColor.ts';
import type { Entity } from '../story/types.ts';
import { HiddenAnswer } from './HiddenAnswer.tsx';
import type { PanelContext } from './panelProps.ts';
import { PanelHeader } from './PanelHeader.tsx';
import { RelationSummary } from './RelationSummary.tsx';
import { SentenceList } from './SentenceList.tsx';

interface Props extends PanelContext {
  readonly entity: Entity;
}

/**
 * What the article says about an entity, answer first: a summary of its relations, one line each
 * (the answer to the question it was opened by, if any, on top); then the sentences that evidence
 * them, each quoted once with every relation it evidences under it; then, folded, the other
 * sentences that name it.
 */
export function EntityPanel({ story, visible, roles, question, onSelect, onClear, entity }: Props) {
  const { lang, t } = useMessages();
  const p = t.panel;
  const role = roles.get(entity.id);
  const own = visible.filter((r) => r.source === entity.id || r.target === entity.id);
  const hiddenCount =
    story.relations.filter((r) => r.source === entity.id || r.target === entity.id).length - own.length;
  const answer = question?.answer ?? [];
  const groups = summaryByCounterpart(story, entity.id, own, answer, lang);
  const evidence = answerFirst(evidenceBySentence(story, own), new Set(answer));
  const more = moreSentencesNaming(story, entity.id, own);
  const highlight = namesFor(story, entity.id);
  const name = nameIn(story, entity.id, lang);
  const selectEntity = (id: string) => onSelect({ kind: 'entity', id });
  const selectRelation = (id: string) => onSelect({ kind: 'relation', id });
  const stands = entity.standsFor;
  const placement = entity.placement;
  const moreList = (
    <SentenceList
      story={story}
      sentences={more}
      highlight={highlight}
      onSelectRelation={selectRelation}
      onSelectEntity={selectEntity}
    />
  );

  return (
    <section className="panel-body" aria-labelledby="panel-title" data-entity={entity.id}>
      <PanelHeader
        kicker={p.kicker[entity.type]}
        ur={entity.names.ur}
        title={name}
        question={question}
        onClose={onClear}
      >
        {role ? (
          <p className="role">
            <span className="swatch" style={{ background: roleColor(story, role) }} aria-hidden="true" />
            {role.label[lang]}
          </p>
        ) : null}
        {stands ? (
          <p className="note">
            {p.standsFor}{' '}
            <button type="button" className="link" onClick={() => selectEntity(stands.country)}>
              {nameIn(story, stands.country, lang)}
            </button>{' '}
            ({p.representation[stands.as] ?? stands.as})
          </p>
        ) : null}
        {placement ? (
          <p className="note">
            {p.notAPlace(nameIn(story, placement.beside, lang))}{' '}
            <span {...langAttributes(noteIn(placement, lang).lang)}>{noteIn(placement, lang).text}</span>
          </p>
        ) : null}
      </PanelHeader>
      {own.length > 0 ? (
        <RelationSummary
          heading={
            <>
              {p.inShort(own.length)}
              {hiddenCount > 0 ? <span className="muted"> · {p.hiddenByFilters(hiddenCount)}</span> : null}
            </>
          }
          groups={groups}
          onSelectRelation={selectRelation}
        >
          <HiddenAnswer answer={answer} visible={own} />
        </RelationSummary>
      ) : hiddenCount > 0 ? (
        <p className="muted" data-block="summary">
          {p.allHidden(hiddenCount)}
        </p>
      ) : null}
      {evidence.length > 0 ? (
        <section className="evidence" data-block="evidence" aria-labelledby="evidence-title">
          <h3 id="evidence-title">{p.inArticleWords(evidence.length)}</h3>
          <SentenceList
            story={story}
            sentences={evidence}
            highlight={highlight}
            onSelectRelation={selectRelation}
            onSelectEntity={selectEntity}
          />
        </section>
      ) : null}
      {more.length > 0 && evidence.length > 0 ? (
        <details className="more" data-block="more">
          <summary>{p.moreNaming(name, more.length)}</summary>
          {moreList}
        </details>
      ) : more.length > 0 ? (
        <section className="evidence" data-block="more" aria-labelledby="more-title">
          <h3 id="more-title">{p.aboutIt(more.length)}</h3>
          {moreList}
        </section>
      ) : null}
    </section>
  );
}
