import type { Focus } from './focus.ts';
import { mapEntityFor } from './focus.ts';
import type { EntityId, Story } from '../story/types.ts';

// Story mode (the classroom telling): the steps of a story package, in the order events happened.
// Step indices here are 0-based; the address and the screen count from 1.

/** The index of a step, held within `count` steps (0 when there are none). */
export function clampStep(count: number, index: number): number {
  const last = count - 1;
  if (last < 0 || !Number.isFinite(index)) return 0;
  return Math.min(last, Math.max(0, Math.trunc(index)));
}

/** The relations on the map at a step: every relation it and the steps before it have added, so
 * the story builds up; later steps' relations are not there yet. */
export function relationsUpTo(story: Story, index: number): ReadonlySet<string> {
  return new Set(story.steps.slice(0, index + 1).flatMap((s) => s.relations));
}

/**
 * What a step emphasises: the places its camera frames and the ends of the relations it adds, those
 * relations, and the passages it quotes. Everything else on the map (earlier steps' relations and
 * places) stays faint, as the focus of a selection dims what it does not touch.
 */
export function stepFocus(story: Story, index: number): Focus | null {
  const step = story.steps[index];
  if (!step) return null;
  const relations = story.relations.filter((r) => step.relations.includes(r.id));
  const ends = relations.flatMap((r) => [r.source, r.target]);
  const entities = [...step.frame, ...ends];
  const mapped = entities.map((e) => mapEntityFor(story, e)).filter((e): e is EntityId => e !== undefined);
  return {
    entities: new Set([...entities, ...mapped]),
    relations: new Set(step.relations),
    passages: new Set(step.passages),
  };
}
