import { geoBounds } from 'd3-geo';
import type { Feature } from 'geojson';
import { URDU_VARIANTS } from '../../src/gazetteer/urduVariants.ts';
import { alpha3Of, englishNameOf, numericOf, urduCountryNames } from './countryCodes.ts';
import { countryAnchor } from './countryAnchor.ts';
import type { CountryFacts, GazetteerData } from '../../src/author/scaffoldPackage.ts';
import { countryShapes } from './worldGeography.ts';

// The real world scaffoldPackage is given by `npm run story:new` and by the tests: the library's
// Urdu names with the project's variants, ISO codes and English names from i18n-iso-countries,
// and anchors computed on the world-atlas 50m shapes the checker tests them against.

/** The gazetteer's data: i18n-iso-countries' Urdu names plus the project's variants. */
export function realGazetteer(): GazetteerData {
  return { urduNames: urduCountryNames(), variants: URDU_VARIANTS };
}

/** Codes, English names and anchors for the scaffold; pass the shapes when they are already read. */
export function realCountryFacts(shapes: ReadonlyMap<string, readonly Feature[]> = countryShapes()): CountryFacts {
  return {
    alpha3: alpha3Of,
    numeric: numericOf,
    englishName: englishNameOf,
    anchor: (iso) => {
      const fs = shapes.get(iso);
      return fs ? countryAnchor(fs) : undefined;
    },
    extent: (iso) => {
      const fs = shapes.get(iso);
      if (!fs) return undefined;
      const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features: [...fs] });
      // d3 gives west > east for land that crosses the antimeridian (the US with the Aleutians).
      return w <= e
        ? [
            [w, s],
            [e, n],
          ]
        : undefined;
    },
  };
}
