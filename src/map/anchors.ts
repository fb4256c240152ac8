import type { CountryId } from '../story/entities.ts';

/** Where each country's dot and label sit, [longitude, latitude]: inside the country and clear of
 * its neighbours' dots (a centroid would put the USA's in Canada's direction because of Alaska). */
export const COUNTRY_ANCHORS: Readonly<Record<CountryId, readonly [number, number]>> = {
  ALB: [20.05, 41.15],
  IRN: [54.3, 32.6],
  USA: [-98.6, 39.3],
  ISR: [34.85, 31.2],
  SAU: [44.6, 24.2],
  ARE: [54.3, 23.7],
  JOR: [36.4, 30.9],
  KWT: [47.6, 29.35],
  CYP: [33.1, 35.05],
};

/** The default view: the box that holds all nine countries, [[west, south], [east, north]]. */
export const STORY_BOUNDS: readonly [readonly [number, number], readonly [number, number]] = [
  [-125, 18],
  [63.5, 50],
];
