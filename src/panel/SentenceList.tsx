import { useMessages } from '../i18n/useMessages.ts';
import type { CSSProperties } from 'react';
import { describeRelation } from '../wording/describe.ts';
import type { SentenceEvidence } from '../story/evidence.ts';
import { namesFor } from '../story/queries.ts';
import { kindOf } from '../story/relationKinds.ts';
import type { EntityId, Relation, Story } from '../story/types.ts';
import { tokenProperty } from '../theme/tokens.ts';
import { ImpliedNote } from './ImpliedNote.tsx';
import { Later } from './Later.tsx';
import { Quote } from './Quote.tsx';

interface Props {
  readonly story: Story;
  readonly sentences: readonly SentenceEvidence[];
  /** Mentions to highlight; by default, the ends of the relations each sentence bears on. */
  readonly highlight?: ReadonlySet<EntityId>;
  readonly onSelectRelation: (id: string) => void;
  readonly onSelectEntity: (id: EntityId) => void;
}

interface ChipsProps {
  readonly story: Story;
  /** Whether the sentence states these relations or adds detail to them. */
  readonly cites: 'evidence' | 'context';
  readonly relations: readonly Relation[];
  readonly onSelectRelation: (id: string) => void;
}

function RelationChips({ story, cites, relations, onSelectRelation }: ChipsProps) {
  const { lang, t } = useMessages();
  return (
    <div className="cites" data-cites={cites}>
      <span className="cites-label">{cites === 'evidence' ? t.panel.citesEvidence : t.panel.citesContext}</span>
      <ul className="relation-chips">
        {relations.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className="relation-chip"
              data-relation={r.id}
              data-certainty={r.alleged ? 'alleged' : 'stated'}
              style={{ '--kind': `var(${tokenProperty('kind', kindOf(r))})` } as CSSProperties}
              onClick={() => onSelectRelation(r.id)}
            >
              {describeRelation(story, r)[lang]}
              {r.alleged ? <span className="muted">{t.relation.allegedMark}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Sentences of the article, each quoted once, with the relations it evidences (and those it adds
 * detail to) as buttons under it, and a note where it refers to an end without naming it. The
 * article's words for each of those acts are underlined in the quote.
 *
 * The sentences are drawn once the panel's first frame is painted (see Later): the frame that
 * answers a choice holds its title and summary, which fill a laptop's panel, and not fifteen
 * Nastaliq paragraphs with their buttons (Albania's), which are slow to lay out and start below the
 * fold.
 */
export function SentenceList({ story, sentences, highlight, onSelectRelation, onSelectEntity }: Props) {
  const item = (s: SentenceEvidence) => {
    const cited = [...s.evidences, ...s.qualifies];
    const marks =
      highlight ?? new Set(cited.flatMap((r) => [...namesFor(story, r.source), ...namesFor(story, r.target)]));
    const wordings = s.evidences.map((r) => r.wording).filter((w) => w.passage === s.passage.id);
    return (
      <li key={s.passage.id} className="evidence-item" data-sentence={s.passage.id}>
        <Quote
          story={story}
          passage={s.passage}
          highlight={marks}
          wordings={wordings}
          onSelectEntity={onSelectEntity}
        />
        {s.evidences.length > 0 ? (
          <RelationChips story={story} cites="evidence" relations={s.evidences} onSelectRelation={onSelectRelation} />
        ) : null}
        {s.qualifies.length > 0 ? (
          <RelationChips story={story} cites="context" relations={s.qualifies} onSelectRelation={onSelectRelation} />
        ) : null}
        {s.implied.map(({ relation, end }) => (
          <ImpliedNote key={`${relation.id}-${end.entity}`} story={story} end={end} />
        ))}
      </li>
    );
  };
  return (
    <ol className="quotes">
      {/* Mounted afresh with each new choice's panel (SidePanel keys them by it); a list that changes
          within one panel (a filter switched) is drawn in place at once, and the panel keeps its scroll.
          A list that appears within a panel (the evidence's first sentence after a filter, or the folded
          ones moving out of their fold when no evidence is left) is a new mount and waits a frame. */}
      <Later>{() => sentences.map(item)}</Later>
    </ol>
  );
}
