import type { FigureName } from './figures.ts';

/** A bound on an app figure: a fixed number, or a multiple of one of the baseline's figures. */
export type Bound = { readonly fixed: number } | { readonly baseline: FigureName; readonly factor: number };

/** One target: the app's `figure` must stand in relation `op` to `bound`. */
export interface Target {
  /** Named in the MISSED line, e.g. "map idle". */
  readonly name: string;
  readonly figure: FigureName;
  readonly op: '<' | '<=' | '>=';
  readonly bound: Bound;
}

/** Issue 11's targets for the app, all of them checked on every `npm run bench`. */
export const TARGETS: readonly Target[] = [
  // The story's words are on screen well before a bare map would be.
  { name: 'text paint', figure: 'textPaint', op: '<=', bound: { baseline: 'mapIdle', factor: 0.4 } },
  // The story's map costs little more than the same countries on a bare MapLibre page.
  { name: 'map idle', figure: 'mapIdle', op: '<=', bound: { baseline: 'mapIdle', factor: 1.1 } },
  { name: 'TBT', figure: 'tbt', op: '<', bound: { fixed: 300 } },
  { name: 'Lighthouse desktop performance', figure: 'lighthouseScore', op: '>=', bound: { fixed: 0.9 } },
  // What the first view downloads of JavaScript is close to what MapLibre and React cost by themselves.
  { name: 'first-view JS', figure: 'jsBytes', op: '<=', bound: { baseline: 'jsBytes', factor: 1.15 } },
  { name: 'click to panel', figure: 'clickToPanel', op: '<', bound: { fixed: 50 } },
  { name: 'step to step', figure: 'stepToStep', op: '<', bound: { fixed: 50 } },
];
