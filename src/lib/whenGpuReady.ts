import { mayHaveWebGL2 } from './webgl.ts';

/**
 * The first WebGL context of a page is not ready until the browser's GPU side is: in a browser just
 * started, or a page just opened, `getContext` blocks the main thread until then (MapLibre's
 * `_setupPainter` was often the longest task of the page's load). Asked once the GPU side is ready, the
 * same context is made at once. A worker that makes a context meanwhile leaves the page's main thread
 * free: no long task there while it waits.
 *
 * So a worker asks first, from the app's entry (main.tsx), and the map is made when it answers: the
 * wait happens off the main thread, which draws the story meanwhile. Starting it sooner, from a script
 * in index.html's head, measured no better on two cores (the figures are in docs/performance.md).
 */

/** The worker-like part of a probe: answers once, with a message or an error. */
export interface ProbeWorker {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Longest wait for the probe: a worker that never answers (a hung driver) must not hold the map
 * back for ever; past it, the map asks itself and waits on the main thread, as without a probe. */
export const GPU_PROBE_TIMEOUT_MS = 4000;

/**
 * Resolves once the worker made by `makeWorker` answers (whatever it answers: where it could not make
 * a context, the map tries its own, and falls back to the still map if that fails too), errs, or
 * `timeoutMs` passes; at once where no worker can be made. Never rejects.
 */
export function probeGpu(makeWorker: () => ProbeWorker | null, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let worker: ProbeWorker | null = null;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    try {
      worker = makeWorker();
    } catch {
      // A worker refused (a sandboxed frame, a stricter content policy): nothing to wait for.
      worker = null;
    }
    if (!worker) return done();
    worker.onmessage = done;
    worker.onerror = done;
  });
}

// One probe per page: started by the app's entry, awaited by the map when it opens. A browser
// without WebGL2 never starts it (its still map needs no GPU), nor does one without OffscreenCanvas
// or workers (nothing could wait off the main thread there).
let probe: Promise<void> | undefined;

/** Resolves when the page's first WebGL context can be made without blocking (see above). */
export function whenGpuReady(): Promise<void> {
  probe ??= probeGpu(
    () =>
      typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && mayHaveWebGL2()
        ? new Worker(new URL('./gpuProbe.worker.ts', import.meta.url), { type: 'module' })
        : null,
    GPU_PROBE_TIMEOUT_MS,
  );
  return probe;
}
