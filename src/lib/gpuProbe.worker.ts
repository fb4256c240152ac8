// Makes one WebGL2 context off the page's main thread, drops it, and says whether it could (see
// whenGpuReady.ts for why). An OffscreenCanvas without WebGL2 (or none at all) answers false at once.
const madeContext = (): boolean => {
  try {
    const gl = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('webgl2') : null;
    // Given back at once, not left for the collector: a GPU allows only so many live contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
};
postMessage(madeContext());
close();

// A module (its names stay its own), not a script whose names every file would see.
export {};
