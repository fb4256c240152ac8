import type { Bounds } from '../arcs/bounds.ts';
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

/** The default view: the box that holds all nine countries' shapes, [[west, south], [east, north]]
 * (the anchors alone would cut the United States in half). */
export const STORY_BOUNDS: Bounds = [
  [-125, 18],
  [63.5, 50],
];

/**
 * Where actors that are not places are drawn: beside the entity the article ties them to (see each
 * entity's `placement`), in open space so their badge does not sit on a story country.
 */
export const ACTOR_ANCHORS: Readonly<Record<string, readonly [number, number]>> = {
  mandiant: [-76, 31], // off the US east coast: "a US firm"
  nato: [12.5, 46.5], // north-west of Albania, its member
  'homeland-justice': [15, 36.5], // south-west of Albania, whose attack it claimed
  telegram: [7, 33.5], // beside Homeland Justice, whose claim appeared there
  'notorious-group': [62.5, 20], // south of Iran, which Rama says recruited it
};

/** The crowded part of the story, from Albania to Iran and down to the Gulf: a second view a
 * reader can jump to, where Israel, Jordan, Kuwait and Cyprus are no longer a few pixels apart. */
export const REGION_BOUNDS: Bounds = [
  [17, 15],
  [64, 44],
];
