import { KIND_COLORS } from '../theme/palette.ts';
import { KIND_LABELS, kindOf, type RelationKind } from '../story/relationKinds.ts';
import type { PanelContext } from './panelProps.ts';
import { LineSwatch } from '../legend/LineSwatch.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { RelationCard } from './RelationCard.tsx';

interface Props extends PanelContext {
  readonly kind: RelationKind;
}

/** All drawn relations of one legend kind, with their evidence. */
export function KindPanel({ story, visible, onSelect, onClear, kind }: Props) {
  const rs = visible.filter((r) => kindOf(r) === kind);
  return (
    <section className="panel-body" aria-labelledby="panel-title" data-kind={kind}>
      <PanelHeader kicker="Kind of relation" en={KIND_LABELS[kind]} onClose={onClear}>
        <p className="note">
          <LineSwatch color={KIND_COLORS[kind]} dashed={false} /> {rs.length} on the map
        </p>
      </PanelHeader>
      {rs.map((r) => (
        <RelationCard
          key={r.id}
          story={story}
          relation={r}
          selected={false}
          withQuotes
          onSelectRelation={(id) => onSelect({ kind: 'relation', id })}
          onSelectEntity={(id) => onSelect({ kind: 'entity', id })}
        />
      ))}
    </section>
  );
}
