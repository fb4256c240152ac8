import { useEffect, useState } from 'react';
import type { Story } from '../story/types.ts';
import { stepMapRequests } from './stepMapPlan.ts';
import type { StepShapes } from './stepShapes.ts';

/**
 * The outlines of a story's small step maps (the handout's, the speaker notes' preview), cut in a
 * worker once `wanted` first holds; null until then, or when they cannot be had: the maps then still
 * show their places and arrows, on the sea.
 */
export function useStepShapes(story: Story, wanted = true): StepShapes | null {
  const [shapes, setShapes] = useState<StepShapes | null>(null);
  useEffect(() => {
    if (!wanted || story.steps.length === 0) return;
    let live = true;
    void import('./stepShapes.ts')
      .then((m) => m.loadStepShapes(story.slug, stepMapRequests(story)))
      .then((s) => live && setShapes(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, story]);
  return shapes;
}
