// scripts/worldShapesPlugin.ts: each story's prepared country shapes, by story slug.
declare module 'virtual:world-shapes' {
  /** The URL of each story's GeoJSON country shapes, by slug. */
  export const WORLD_SHAPES: Readonly<Record<string, string>>;
  /** Each story country's box as the camera frames it, [[west, south], [east, north]], by story slug
   * and ISO numeric code: the part its dot is on, with the parts near it (scripts/lib/placeOutlines.ts). */
  export const PLACE_OUTLINES: Readonly<
    Record<string, Readonly<Record<string, readonly [readonly [number, number], readonly [number, number]]>>>
  >;
}

// scripts/authorWorldPlugin.ts: what author mode knows of the world.
declare module 'virtual:author-world' {
  const WORLD: import('./author/worldFacts.ts').WorldFacts;
  export default WORLD;
}
