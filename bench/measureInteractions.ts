import type { Browser, Page } from '@playwright/test';
import { interactionLatencies, interactionLatency, type ClickOutcome } from './interactionLatency.ts';
import { waitForMapIdle } from './measureLoad.ts';
import { freshPage } from './pageWatch.ts';
import type { StepRun } from './runRecord.ts';
import type { StaticServer } from './staticServer.ts';

/** The app as the bench knows it: from the story package and the DOM, not from the code's insides. */
export interface AppFacts {
  /** The English name of the country clicked (Albania), which the panel's title must then show. */
  readonly clickName: string;
  /** The DOM label of that country on the map. */
  readonly clickSelector: string;
  /** English titles of the story's steps, in order. */
  readonly stepTitles: readonly string[];
}

/** How many → presses each story-mode load times (steps 1→2, 2→3, 3→4). */
export const STEPS_PER_RUN = 3;

/**
 * A point where a click lands on `selector`'s element and not on something drawn over it (labels may
 * overlap): its centre if that is free, else the first free point of a 5 × 5 grid over its box.
 * Self-contained: runs in the page.
 */
function clickablePoint(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const lands = (x: number, y: number) => {
    const top = document.elementFromPoint(x, y);
    return top !== null && el.contains(top);
  };
  const at = (fx: number, fy: number) => ({ x: box.left + box.width * fx, y: box.top + box.height * fy });
  const centre = at(0.5, 0.5);
  if (lands(centre.x, centre.y)) return centre;
  for (const fy of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const p = at(fx, fy);
      if (lands(p.x, p.y)) return p;
    }
  }
  return null;
}

/**
 * After map idle: clicks Albania's label (it sits on Albania's shape; its centre when nothing covers
 * it) and times it until the panel's title names Albania and has been painted, and until its quoted
 * sentences are in the page too and a frame has been painted (the first is below the fold on a
 * laptop: this is when they are there to scroll to, not when one is seen).
 */
export function clickToPanel(facts: AppFacts) {
  return async (page: Page): Promise<ClickOutcome> => {
    const point = await page.evaluate(clickablePoint, facts.clickSelector);
    if (!point) {
      const missing = { latency: null, toDom: null, why: `${facts.clickSelector} is missing or covered` };
      return { panel: missing, quotes: missing };
    }
    const events = ['pointerdown', 'click'];
    const [panel, quotes] = await interactionLatencies(
      page,
      [
        { selector: '#panel-title', text: facts.clickName, events },
        { selector: '#panel .evidence-item', text: '', events },
      ],
      () => page.mouse.click(point.x, point.y),
    );
    const none = { latency: null, toDom: null, why: 'not measured' };
    return { panel: panel ?? none, quotes: quotes ?? none };
  };
}

/** Waits until the map has settled after a step's camera move (its state is back to idle). */
async function settle(page: Page): Promise<void> {
  // The move starts on the next frames: give it time to begin before asking whether it has ended.
  await page.waitForTimeout(300);
  await page.locator('.map-view[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(200);
}

/** One cold load of the story at step 1; presses → `STEPS_PER_RUN` times, timing each step until painted. */
export async function measureSteps(browser: Browser, server: StaticServer, facts: AppFacts): Promise<StepRun> {
  const { context, page, watch } = await freshPage(browser);
  try {
    await page.goto(`${server.origin}/?step=1`);
    await waitForMapIdle(page);
    await page.locator('#step-title').waitFor({ state: 'attached', timeout: 30_000 });
    await settle(page);
    const latencies: number[] = [];
    const toDom: number[] = [];
    for (let i = 1; i <= STEPS_PER_RUN && i < facts.stepTitles.length; i++) {
      const title = facts.stepTitles[i] ?? '';
      const outcome = await interactionLatency(
        page,
        { selector: '#step-title', text: title, events: ['keydown'] },
        () => page.keyboard.press('ArrowRight'),
      );
      if (outcome.latency === null) {
        watch.errors.push(`step ${i} → ${i + 1}: ${outcome.why}`);
        break;
      }
      latencies.push(outcome.latency);
      if (outcome.toDom !== null) toDom.push(outcome.toDom);
      await settle(page);
    }
    return { latencies, toDom, foreignRequests: [...watch.foreignRequests], errors: [...watch.errors] };
  } finally {
    await context.close();
  }
}
