import { countryOf } from './model.ts';
import type { Entity, EntityId } from './types.ts';

/**
 * The entity that stands on the map for `id`: itself when it has an anchor, else the country it
 * stands for when that one has an anchor (Rama → Albania, Tehran → Iran), else none. The one rule
 * the checker, the map's scene and the focus all use, so a relation the checker accepts is always
 * drawn, and a selection always lights what is drawn.
 */
export function mapEntityOf(entities: ReadonlyMap<EntityId, Entity>, id: EntityId): EntityId | undefined {
  const e = entities.get(id);
  if (!e) return undefined;
  if (e.anchor) return e.id;
  const country = countryOf(e);
  return country !== undefined && entities.get(country)?.anchor ? country : undefined;
}

/** Where an entity is drawn: its own anchor, or that of the entity standing for it on the map. */
export function placeOf(entities: ReadonlyMap<EntityId, Entity>, id: EntityId): readonly [number, number] | undefined {
  const on = mapEntityOf(entities, id);
  return on === undefined ? undefined : entities.get(on)?.anchor;
}
