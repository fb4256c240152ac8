import type { CountryRole } from '../story/roles.ts';

/** Id of the GeoJSON source that holds every country shape. */
export const COUNTRIES_SOURCE = 'countries';

/** Ids of the map's layers, bottom to top. */
export const LAYER = {
  sea: 'sea',
  land: 'land',
  story: 'story-countries',
  borders: 'borders',
  selected: 'selected-outline',
} as const;

/** Id of one of the map's layers. */
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Fill colour of each role: Okabe-Ito, distinguishable with the common colour-vision deficiencies. */
export const ROLE_COLORS: Readonly<Record<CountryRole, string>> = {
  accuser: '#0072B2',
  accused: '#D55E00',
  ally: '#009E73',
  'earlier-target': '#CC79A7',
};

/** The quiet palette of the rest of the world. */
export const BASE_COLORS = {
  sea: '#dde7ee',
  land: '#f3f0e9',
  border: '#c4bdb1',
  selected: '#1a1a1a',
} as const;
