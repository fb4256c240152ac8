import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';

let pending: Promise<Topology> | undefined;

/** Loads Natural Earth 1:50m countries from the app's own origin (Vite bundles the file); the
 * promise is shared, so the file is fetched once whichever map asks first. */
export function loadWorldTopology(): Promise<Topology> {
  pending ??= fetch(worldUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`could not load the world map (HTTP ${res.status})`);
      return res.json() as Promise<Topology>;
    })
    .catch((e: unknown) => {
      // Forget a failed load, so the next caller tries again instead of inheriting the failure.
      pending = undefined;
      throw e;
    });
  return pending;
}
