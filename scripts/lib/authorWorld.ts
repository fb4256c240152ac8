import { alpha3Of, englishNameOf, numericOf, urduCountryNames } from './countryCodes.ts';
import { realCountryFacts } from './scaffoldWorld.ts';
import type { WorldFacts } from '../../src/author/worldFacts.ts';

/**
 * What author mode needs to know of the world, made at build time so that neither i18n-iso-countries
 * nor the world's shapes are read in the browser: the library's Urdu names (the project's variants
 * are in src/ already) and, for each country with an alpha-3 and numeric code, its English name, an
 * anchor on its land and its extent, as `npm run story:new` computes them.
 */
export function authorWorld(): WorldFacts {
  const facts = realCountryFacts();
  const urduNames = urduCountryNames();
  const countries: Record<string, WorldFacts['countries'][string]> = {};
  for (const alpha2 of Object.keys(urduNames)) {
    const alpha3 = alpha3Of(alpha2);
    const numeric = numericOf(alpha2);
    if (alpha3 === undefined || numeric === undefined) continue;
    const anchor = facts.anchor(numeric);
    const extent = facts.extent?.(numeric);
    countries[alpha2] = {
      alpha3,
      numeric,
      en: englishNameOf(alpha2) ?? alpha2,
      ...(anchor ? { anchor } : {}),
      ...(extent ? { extent } : {}),
    };
  }
  return { urduNames, countries };
}
