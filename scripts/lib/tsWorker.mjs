// A worker thread that runs one exported function of one of the build's TypeScript modules (see
// buildWorker.ts). Plain JavaScript, because Node starts a worker from a file as it is; tsx then
// loads the TypeScript, as it does for the build's own scripts.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { module, name, args } = workerData;
const exports = await tsImport(module, import.meta.url);
parentPort.postMessage(await exports[name](...args));
