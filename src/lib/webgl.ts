/**
 * Whether this browser may give MapLibre a WebGL2 context: it knows WebGL2 at all. MapLibre 6 has no
 * WebGL1 fallback. A real probe on the main thread (making a context) would block it as long as the
 * map's own does, and the map makes one anyway: so a browser that knows WebGL2 just tries the map,
 * and one whose context then cannot be made (WebGL switched off, a blocked GPU) gets the still map
 * from there (MapLibreMap's onUnavailable). A browser without it never loads MapLibre. (The worker
 * of whenGpuReady.ts only delays the map's context until the GPU side is up; it decides nothing.)
 */
export function mayHaveWebGL2(scope: { readonly WebGL2RenderingContext?: unknown } = globalThis): boolean {
  return typeof scope.WebGL2RenderingContext === 'function';
}
