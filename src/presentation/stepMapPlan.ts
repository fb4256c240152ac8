import type { Bounds } from '../arcs/bounds.ts';
import { placeOutlinesOf } from '../map/worldData.ts';
import { cameraPlan, sceneOf } from '../map/scene.ts';
import { stepFocus } from '../state/storyMode.ts';
import type { Story } from '../story/types.ts';
import type { ShapesRequest } from './stepShapes.worker.ts';

/** The size (px, the SVG's own units) every small step map is drawn at; CSS scales it to its room. */
export const STEP_MAP_SIZE = { width: 360, height: 200, pad: 22 } as const;

/** The box a step's small map frames: the big map's camera for the step (its places whole, far ones
 * named at the edge), or the story's opening view for a step with no place. */
export function stepMapBox(story: Story, index: number): Bounds {
  const scene = sceneOf(story);
  return cameraPlan(scene, stepFocus(story, index), placeOutlinesOf(story.slug))?.box ?? scene.frame;
}

/** The small maps to cut for a story: one per step, keyed by the step's id. */
export function stepMapRequests(story: Story): ShapesRequest[] {
  return story.steps.map((s, i) => ({ key: s.id, box: stepMapBox(story, i), ...STEP_MAP_SIZE }));
}
