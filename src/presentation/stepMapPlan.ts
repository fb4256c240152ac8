import type { Bounds } from '../arcs/bounds.ts';
import { placeOutlinesOf } from '../map/worldData.ts';
import { cameraPlan, sceneOf } from '../map/scene.ts';
import { stepFocus } from '../state/storyMode.ts';
import type { Story } from '../story/types.ts';
import type { ShapesRequest } from './stepShapes.worker.ts';

/** The size (px, the SVG's own units) every small step map is drawn at; CSS scales it to its room. */
export const STEP_MAP_SIZE = { width: 360, height: 200, pad: 22 } as const;

/** What a step's small map frames: the big map's camera for the step (its places whole, the far
 * ones named at the edge), or the story's opening view for a step with no place. */
export function stepMapPlan(story: Story, index: number): { readonly box: Bounds; readonly far: readonly string[] } {
  const scene = sceneOf(story);
  const plan = cameraPlan(scene, stepFocus(story, index), placeOutlinesOf(story.slug));
  return plan ? { box: plan.box, far: plan.far } : { box: scene.frame, far: [] };
}

/** The small maps to cut for a story: one per step, keyed by the step's id. */
export function stepMapRequests(story: Story): ShapesRequest[] {
  return story.steps.map((s, i) => ({ key: s.id, box: stepMapPlan(story, i).box, ...STEP_MAP_SIZE }));
}
