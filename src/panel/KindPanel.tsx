import { kindCss } from '../theme/palette.ts';
import { answerFirst, contextBySentence, evidenceBySentence } from '../story/evidence.ts';
import { kindOf, type RelationKind } from '../story/relationKinds.ts';
import { kindLabel } from '../wording/relationWords.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { summaryAnswerFirst } from '../wording/relationSummary.ts';
import type { PanelContext } from './panelProps.ts';
import { LineSwatch } from '../legend/LineSwatch.tsx';
import { HiddenAnswer } from './HiddenAnswer.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { RelationSummary } from './RelationSummary.tsx';
import { SentenceList } from './SentenceList.tsx';

interface Props extends PanelContext {
  readonly kind: RelationKind;
}

/** All drawn relations of one legend kind: a summary line each (the answer to the question it was
 * opened by first), then their evidence with each sentence quoted once, then, folded, the
 * sentences that add detail. */
export function KindPanel({ story, visible, question, onSelect, onClear, kind }: Props) {
  const { lang, t } = useMessages();
  const p = t.panel;
  const rs = visible.filter((r) => kindOf(r) === kind);
  const answer = question?.answer ?? [];
  const evidence = answerFirst(evidenceBySentence(story, rs), new Set(answer));
  const context = contextBySentence(story, rs);
  const selectRelation = (id: string) => onSelect({ kind: 'relation', id });
  const selectEntity = (id: string) => onSelect({ kind: 'entity', id });
  return (
    <section className="panel-body" aria-labelledby="panel-title" data-kind={kind}>
      <PanelHeader kicker={p.kindKicker} title={kindLabel(kind, lang)} question={question} onClose={onClear}>
        <p className="note">
          <LineSwatch color={kindCss(kind)} dashed={false} kind={kind} /> {p.onMap(rs.length)}
        </p>
      </PanelHeader>
      <RelationSummary
        heading={p.inShort(rs.length)}
        groups={summaryAnswerFirst(story, rs, answer, p.alsoOfKind, lang)}
        onSelectRelation={selectRelation}
      >
        <HiddenAnswer answer={answer} visible={rs} />
      </RelationSummary>
      {evidence.length > 0 ? (
        <section className="evidence" data-block="evidence" aria-labelledby="evidence-title">
          <h3 id="evidence-title">{p.inArticleWords(evidence.length)}</h3>
          <SentenceList
            story={story}
            sentences={evidence}
            onSelectRelation={selectRelation}
            onSelectEntity={selectEntity}
          />
        </section>
      ) : null}
      {context.length > 0 ? (
        <details className="more" data-block="more">
          <summary>{t.relation.moreContext(context.length)}</summary>
          <SentenceList
            story={story}
            sentences={context}
            onSelectRelation={selectRelation}
            onSelectEntity={selectEntity}
          />
        </details>
      ) : null}
    </section>
  );
}
