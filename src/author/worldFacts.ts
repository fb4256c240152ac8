import type { LibraryNames } from '../gazetteer/placeForms.ts';
import { URDU_VARIANTS } from '../gazetteer/urduVariants.ts';
import type { CountryFacts, GazetteerData } from './scaffoldPackage.ts';

type LngLat = [number, number];

/** What author mode knows of the world, made at build time (scripts/lib/authorWorld.ts). */
export interface WorldFacts {
  /** i18n-iso-countries' Urdu names, by ISO alpha-2. */
  readonly urduNames: LibraryNames;
  /** Codes, English name, a point on its land and its extent, by ISO alpha-2. */
  readonly countries: Readonly<
    Record<
      string,
      {
        readonly alpha3: string;
        readonly numeric: string;
        readonly en: string;
        readonly anchor?: LngLat;
        readonly extent?: [LngLat, LngLat];
      }
    >
  >;
}

/** The gazetteer's data in the browser: the library's names and the project's variants. */
export function gazetteerOf(world: WorldFacts): GazetteerData {
  return { urduNames: world.urduNames, variants: URDU_VARIANTS };
}

/** The scaffold's country facts, looked up in the build's table. */
export function countryFactsOf(world: WorldFacts): CountryFacts {
  const byNumeric = new Map(Object.values(world.countries).map((c) => [c.numeric, c]));
  return {
    alpha3: (a2) => world.countries[a2]?.alpha3,
    numeric: (a2) => world.countries[a2]?.numeric,
    englishName: (a2) => world.countries[a2]?.en,
    anchor: (iso) => byNumeric.get(iso)?.anchor,
    extent: (iso) => byNumeric.get(iso)?.extent,
  };
}

/** A country by its ISO alpha-3 code, for an author adding one by hand. */
export function countryByAlpha3(world: WorldFacts, alpha3: string): WorldFacts['countries'][string] | undefined {
  return Object.values(world.countries).find((c) => c.alpha3 === alpha3.toUpperCase());
}
