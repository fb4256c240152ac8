// scripts/worldShapesPlugin.ts: each story's prepared country shapes, by story slug.
declare module 'virtual:world-shapes' {
  /** The URL of each story's GeoJSON country shapes, by slug. */
  export const WORLD_SHAPES: Readonly<Record<string, string>>;
}
