import type { Feature, FeatureCollection, LineString } from 'geojson';
import { kindOf, type RelationKind } from '../story/relationKinds.ts';
import type { EntityId, Relation } from '../story/types.ts';
import { arcLine, fanBows, type LngLat } from './arcGeometry.ts';

/** Properties of one drawn relation, read by the map's layer expressions. */
export interface ArcProps {
  readonly id: string;
  readonly kind: RelationKind;
  readonly alleged: boolean;
  readonly source: EntityId;
  readonly target: EntityId;
}

/** A place as a key: relations are fanned by where their ends are drawn, not by their ids, so an
 * edge from Rama (drawn on Albania) fans with Albania's own edges instead of lying on one of them. */
const placeKey = ([lng, lat]: LngLat) => `${lng},${lat}`;

/**
 * One arc per relation, source to target (so the line's own direction carries the arrow). Relations
 * between the same two entities, in either direction, share one fan: their bows are spread around
 * the pair's canonical direction, so an arc Albania→Iran and one Iran→Albania never overlap.
 * Relations whose ends have no place on the map are left out.
 */
export function relationArcs(
  relations: readonly Relation[],
  placeOf: (id: EntityId) => LngLat | undefined,
): FeatureCollection<LineString, ArcProps> {
  const pairs = new Map<string, { r: Relation; a: LngLat; b: LngLat }[]>();
  for (const r of relations) {
    const a = placeOf(r.source);
    const b = placeOf(r.target);
    if (!a || !b) continue;
    const [ka, kb] = [placeKey(a), placeKey(b)];
    const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
    pairs.set(key, [...(pairs.get(key) ?? []), { r, a, b }]);
  }
  const features: Feature<LineString, ArcProps>[] = [];
  for (const group of pairs.values()) {
    const bows = fanBows(group.length);
    group.forEach(({ r, a, b }, i) => {
      // Bows are given for the canonical direction; an arc drawn the other way bows the other way.
      const canonical = placeKey(a) < placeKey(b);
      const bow = (bows[i] ?? 0) * (canonical ? 1 : -1);
      features.push({
        type: 'Feature',
        properties: { id: r.id, kind: kindOf(r), alleged: r.alleged, source: r.source, target: r.target },
        geometry: { type: 'LineString', coordinates: arcLine(a, b, bow).map(([x, y]) => [x, y]) },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}
