import type { EntityId } from '../story/types.ts';

// Types shared by the map's two renderers (MapLibre and the SVG fallback) and the view that picks
// one, so that neither renderer imports the other or the view.

/** An entity drawn on the map: a country (with its role's tint and ISO numeric code) or an actor. */
export interface MapNode {
  readonly id: EntityId;
  readonly lngLat: readonly [number, number];
  readonly ur: string;
  readonly en: string;
  /** The tint of a country's role; undefined for an actor that is not a place (drawn dashed). */
  readonly color?: string | undefined;
  readonly isoNumeric?: string | undefined;
  /** Accessible name: names and role. */
  readonly description: string;
}

/** What the pointer or keyboard focus is on. */
export type HoverTarget = { readonly kind: 'entity'; readonly id: EntityId } | { readonly kind: 'relation'; readonly id: string };

/** A hover with the point (px, in the map's frame) to show its tooltip at. */
export interface Hover {
  readonly target: HoverTarget;
  readonly x: number;
  readonly y: number;
}

/** Where the map is: `idle` once drawn and after each redraw (`busy` while one is pending);
 * `fallback` means no WebGL and a static map. Tests wait for `idle`. */
export type MapStatus = 'loading' | 'idle' | 'busy' | 'fallback' | 'error';

/** A screen point in px, relative to the map's frame. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}
