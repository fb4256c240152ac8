/** Id of the GeoJSON source that holds every country shape. */
export const COUNTRIES_SOURCE = 'countries';
/** Id of the GeoJSON source that holds one arc per relation. */
export const ARCS_SOURCE = 'arcs';

/** Ids of the map's layers, bottom to top. */
export const LAYER = {
  sea: 'sea',
  land: 'land',
  story: 'story-countries',
  borders: 'borders',
  selected: 'selected-outline',
  arcCasing: 'arc-casing',
  arcStated: 'arc-stated',
  arcAlleged: 'arc-alleged',
  arcHit: 'arc-hit',
} as const;
