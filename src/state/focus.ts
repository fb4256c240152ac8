import { entitiesNamedIn, entityIndex } from '../story/model.ts';
import { sentencesOf } from '../story/passageRefs.ts';
import { mapEntityOf } from '../story/places.ts';
import { namesFor } from '../story/queries.ts';
import { kindOf, passesClaims } from '../story/relationKinds.ts';
import type { EntityId, Relation, Selection, Story, StoryView } from '../story/types.ts';

/** The relations the filters let through, in model order. */
export function visibleRelations(story: Story, state: Pick<StoryView, 'kinds' | 'claims'>): Relation[] {
  return story.relations.filter((r) => state.kinds.includes(kindOf(r)) && passesClaims(r, state.claims));
}

/** What the views emphasise for the current selection; everything else dims. Null: nothing dims. */
export interface Focus {
  readonly entities: ReadonlySet<EntityId>;
  readonly relations: ReadonlySet<string>;
  readonly passages: ReadonlySet<string>;
}

/** The entity that stands on the map for `id` (see story/places.ts): itself, its country, or none. */
export function mapEntityFor(story: Story, id: EntityId): EntityId | undefined {
  return mapEntityOf(entityIndex(story), id);
}

/** Derives the focus of a selection from the story and the filters. */
export function focusOf(story: Story, state: Pick<StoryView, 'selection' | 'kinds' | 'claims'>): Focus | null {
  return focusAmong(story, state.selection, visibleRelations(story, state));
}

/** The focus of a selection among the relations the filters let through: what the map emphasises,
 * and the sentences the reader steps through. */
export function focusAmong(story: Story, sel: Selection, visible: readonly Relation[]): Focus | null {
  if (!sel) return null;
  const ends = (rs: readonly Relation[]) => rs.flatMap((r) => [r.source, r.target]);
  const passagesOf = (rs: readonly Relation[]) => rs.flatMap((r) => [...r.evidence, ...r.context]);
  let relations: Relation[] = [];
  let entities: EntityId[] = [];
  let passages: string[] = [];
  switch (sel.kind) {
    case 'entity': {
      const onMap = entityIndex(story).get(sel.id)?.anchor !== undefined;
      const names = namesFor(story, sel.id);
      // A drawn entity is focused with its own edges; anything else (a person, a capital) with the
      // edges evidenced by the passages that name it.
      const naming = story.passages
        .filter((p) => [...entitiesNamedIn(story, p.id)].some((e) => names.has(e)))
        .map((p) => p.id);
      relations = onMap
        ? visible.filter((r) => r.source === sel.id || r.target === sel.id)
        : visible.filter((r) => r.evidence.some((p) => naming.includes(p)));
      entities = [sel.id, ...ends(relations)];
      passages = naming;
      break;
    }
    case 'relation':
      relations = visible.filter((r) => r.id === sel.id);
      entities = ends(relations);
      passages = passagesOf(relations);
      break;
    case 'passage': {
      // One sentence, or every sentence of a line (`p17`).
      const ids = sentencesOf(story, sel.id).map((p) => p.id);
      relations = visible.filter((r) => ids.some((id) => r.evidence.includes(id) || r.context.includes(id)));
      entities = [...ids.flatMap((id) => [...entitiesNamedIn(story, id)]), ...ends(relations)];
      passages = ids;
      break;
    }
    case 'relation-kind':
      relations = visible.filter((r) => kindOf(r) === sel.id);
      entities = ends(relations);
      passages = passagesOf(relations);
      break;
  }
  const mapped = entities.map((e) => mapEntityFor(story, e)).filter((e): e is EntityId => e !== undefined);
  return {
    entities: new Set([...entities, ...mapped]),
    relations: new Set(relations.map((r) => r.id)),
    passages: new Set(passages),
  };
}
