/**
 * Names of the moments the app marks for `npm run bench` (and anyone's DevTools): the User Timing
 * mark when the map is first completely drawn, and the Element Timing name of the story's first text.
 * The baseline page in bench/baseline marks the same map moment, so the two are measured alike.
 */
export const PERF = {
  /** `performance.mark`: the first `idle` with the country shapes and the arcs drawn. */
  mapIdle: 'usm:map-idle',
  /** `elementtiming` on the panel's first heading: when the story's text is painted. */
  storyText: 'usm:story-text',
} as const;

/** Marks `name` once per page: a later redraw (every camera move ends in `idle`) is not a first draw. */
export function markOnce(name: string): void {
  // performance is absent in some test environments, and a page may forbid nothing here: guard anyway.
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
