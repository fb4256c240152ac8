/**
 * Names of the moments the app marks (User Timing) for `npm run bench` and anyone's DevTools: when the
 * story's first text and when the map are first drawn. Each is marked in the animation frame that
 * paints it (just before that paint). The baseline page in bench/baseline marks the map's moment the
 * same way, so the two are measured alike. (Element Timing would be exact for the text, but Chromium
 * reported nothing for the panel's heading here.)
 */
export const PERF = {
  /** `performance.mark`: the first `idle` with the country shapes and the arcs drawn. */
  mapIdle: 'usm:map-idle',
  /** The side panel's first content (the story's summary, or what the address selected). */
  storyText: 'usm:story-text',
} as const;

/** Marks `name` once per page: a later redraw (every camera move ends in `idle`) is not a first draw. */
export function markOnce(name: string): void {
  // `performance` is missing where the app's code runs outside a browser (unit tests in Node may lack marks).
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
