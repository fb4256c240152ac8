import { createRequire } from 'node:module';
import type * as IsoCountries from 'i18n-iso-countries';
import type { LibraryNames } from '../../src/gazetteer/placeForms.ts';

// i18n-iso-countries, read on the script side only: the gazetteer in src/ gets its names injected,
// so the library (and its 80 locale files) never enters a module the browser app imports.
// createRequire, not an ESM import: the package is CommonJS whose main entry assigns
// module.exports wholesale, so Node's ESM loader cannot see its named exports.
const require = createRequire(import.meta.url);

interface LocaleFile {
  readonly locale: string;
  readonly countries: Readonly<Record<string, string | readonly string[]>>;
}

let library: typeof IsoCountries | undefined;
/** The code tables only ('index.js'; 'entry-node.js' would also register every locale). */
function codes(): typeof IsoCountries {
  library ??= require('i18n-iso-countries/index.js') as typeof IsoCountries;
  return library;
}

/** The library's Urdu country names by alpha-2 (`langs/ur.json`), for the gazetteer. */
export function urduCountryNames(): LibraryNames {
  return (require('i18n-iso-countries/langs/ur.json') as LocaleFile).countries;
}

/** ISO 3166-1 alpha-3 of an alpha-2 code ("AL" → "ALB"). */
export function alpha3Of(alpha2: string): string | undefined {
  return codes().alpha2ToAlpha3(alpha2);
}

/** ISO 3166-1 numeric of an alpha-3 code, zero-padded ("ALB" → "008"); undefined if unknown. */
export function numericOfAlpha3(alpha3: string): string | undefined {
  return codes().alpha3ToNumeric(alpha3);
}

/** ISO 3166-1 numeric of an alpha-2 code, zero-padded as world-atlas ids are ("AL" → "008"). */
export function numericOf(alpha2: string): string | undefined {
  return codes().alpha2ToNumeric(alpha2);
}

/**
 * The everyday English name among the library's English names: the first (official) one, unless
 * it is a long formal name ("United States of America", "Islamic Republic of Iran", "Russian
 * Federation", "Taiwan, Province of China"), then the shortest alias that is not an abbreviation
 * ("United States", "Iran", "Russia", "Taiwan"). A formal name with no alias is kept ("Syrian
 * Arab Republic").
 */
export function everydayEnglishName(names: string | readonly string[]): string | undefined {
  const all = typeof names === 'string' ? [names] : [...names];
  const [first] = all;
  if (first === undefined) return undefined;
  // "Kingdom" is not among the formal words: "United Kingdom" is the everyday name, and its only
  // other alias, "Great Britain", is not the same country.
  const formal = (n: string) => / of |,|\(| (Republic|Federation)$/u.test(n);
  if (!formal(first)) return first;
  // "USA", "U.S.", "UK": capitals and dots only.
  const abbreviation = (n: string) => /^[A-Z.\s]+$/u.test(n);
  const plain = all.slice(1).filter((n) => !formal(n) && !abbreviation(n));
  return plain.sort((a, b) => a.length - b.length)[0] ?? first;
}

/** The English name of a country for names.en ("US" → "United States"). */
export function englishNameOf(alpha2: string): string | undefined {
  const all = (require('i18n-iso-countries/langs/en.json') as LocaleFile).countries;
  const names = all[alpha2];
  if (names === undefined) return undefined;
  const everyday = everydayEnglishName(names);
  // "Congo" is an alias of both Congos: a name another country also goes by says too little.
  const shared = Object.entries(all).some(
    ([code, other]) => code !== alpha2 && (typeof other === 'string' ? [other] : other).includes(everyday ?? ''),
  );
  return shared ? (typeof names === 'string' ? names : names[0]) : everyday;
}
