import type { EntityId, Story } from './types.ts';

/** The part a country plays in the story, which decides its colour on the map. */
export type CountryRole = 'accuser' | 'accused' | 'ally' | 'earlier-target';

/** Legend order and wording of the roles; the English is ours. */
export const ROLE_LABELS: Readonly<Record<CountryRole, string>> = {
  accuser: 'Accuser, attacked in July',
  accused: 'Accused',
  ally: 'Backs the accuser',
  'earlier-target': 'Earlier target of the group',
};

/** Roles in legend order. */
export const ROLES: readonly CountryRole[] = ['accuser', 'accused', 'ally', 'earlier-target'];

/**
 * Derives each country's role from the relations, so the map cannot drift from the model:
 * accused = target of an accusation; accuser = an accuser that was itself attacked;
 * ally = an accuser or supporter of the accuser that was not attacked; earlier target = attacked by
 * the group only. Countries the relations do not touch get no role.
 */
export function countryRoles(story: Story): ReadonlyMap<EntityId, CountryRole> {
  const countries = new Set(story.entities.filter((e) => e.type === 'country').map((e) => e.id));
  const accusers = new Set<EntityId>();
  const accused = new Set<EntityId>();
  const attacked = new Map<EntityId, EntityId[]>();
  for (const r of story.relations) {
    if (r.type === 'accuses') {
      accusers.add(r.source);
      accused.add(r.target);
    }
    if (r.type === 'cyberattack') attacked.set(r.target, [...(attacked.get(r.target) ?? []), r.source]);
  }
  const roles = new Map<EntityId, CountryRole>();
  for (const id of countries) {
    if (accused.has(id)) roles.set(id, 'accused');
    else if (accusers.has(id) && attacked.has(id)) roles.set(id, 'accuser');
    else if (attacked.has(id)) roles.set(id, 'earlier-target');
  }
  for (const r of story.relations) {
    const supportsAccuser = (r.type === 'supports' || r.type === 'assists') && roles.get(r.target) === 'accuser';
    if (countries.has(r.source) && !roles.has(r.source) && (supportsAccuser || accusers.has(r.source))) roles.set(r.source, 'ally');
  }
  return roles;
}
