import type { PlacesFound } from '../gazetteer/findPlaces.ts';
import type { NamedThing } from './suggestRelations.ts';

/**
 * What the gazetteer found, as things a sentence may name: each country by its ISO alpha-3 code with
 * its names and demonyms, and its capital's surfaces under the same code (a relation with Tehran is a
 * relation with Iran). Countries without an alpha-3 code are left out.
 */
export function placesAsThings(found: PlacesFound, alpha3: (alpha2: string) => string | undefined): NamedThing[] {
  const byId = new Map<string, string[]>();
  const add = (alpha2: string, surfaces: readonly { readonly text: string }[]) => {
    const id = alpha3(alpha2);
    if (id) byId.set(id, [...(byId.get(id) ?? []), ...surfaces.map((s) => s.text)]);
  };
  for (const c of found.countries) add(c.code, c.surfaces);
  for (const c of found.capitals) add(c.country, c.surfaces);
  return [...byId].map(([id, surfaces]) => ({ id, surfaces }));
}
