/**
 * Whether this browser can give MapLibre a WebGL2 context. MapLibre 6 has no WebGL1 fallback, and
 * creating a map without it throws, so the app asks first and draws a static map otherwise.
 */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    const ok = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return ok;
  } catch {
    return false;
  }
}
