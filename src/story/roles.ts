import type { RoleSource } from './package/schema.ts';
import type { EntityId, Story } from './types.ts';

/** A role a country plays in the story (from its package), which decides its colour on the map. */
export type CountryRole = RoleSource;

/** Each country's role, by entity id, as the package assigns it; countries without one are left out. */
export function countryRoles(story: Story): ReadonlyMap<EntityId, CountryRole> {
  const byId = new Map(story.roles.map((r) => [r.id, r]));
  const out = new Map<EntityId, CountryRole>();
  for (const e of story.entities) {
    const role = e.type === 'country' && e.role !== undefined ? byId.get(e.role) : undefined;
    if (role) out.set(e.id, role);
  }
  return out;
}
