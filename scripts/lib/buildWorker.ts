import { Worker } from 'node:worker_threads';

/**
 * Runs the function `name` exported by the TypeScript module `module` in a worker thread, with
 * `args` (copied to it) and its result (copied back). For the build's slow, self-contained work
 * (subsetting the font, cutting the world's shapes): started when the build starts, it runs beside
 * the bundling on another core instead of holding up the build's own thread.
 */
export function runInWorker<T>(module: URL, name: string, args: readonly unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tsWorker.mjs', import.meta.url), {
      workerData: { module: module.href, name, args },
    });
    worker.once('message', (result: T) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the build's worker for ${name} stopped (exit code ${code})`)));
  });
}
