import { afterEach, describe, expect, it, vi } from 'vitest';
import { GPU_PROBE_TIMEOUT_MS as TIMEOUT, probeGpu, type ProbeWorker } from '../../../src/lib/whenGpuReady.ts';

afterEach(() => vi.useRealTimers());

/** A worker that answers only when told to, and records being terminated. */
function fakeWorker(): ProbeWorker & { terminated: boolean } {
  return {
    onmessage: null,
    onerror: null,
    terminated: false,
    terminate() {
      this.terminated = true;
    },
  };
}

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('probeGpu', () => {
  it('waits for the worker to answer, then resolves and ends the worker', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const ready = probeGpu(() => worker, TIMEOUT);
    expect(await settled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(TIMEOUT - 1000);
    expect(await settled(ready)).toBe(false);
    worker.onmessage?.(new MessageEvent('message', { data: true }));
    expect(await settled(ready)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('resolves when the worker answers that it could not make a context, or fails', async () => {
    vi.useFakeTimers();
    const refused = fakeWorker();
    const noContext = probeGpu(() => refused, TIMEOUT);
    refused.onmessage?.(new MessageEvent('message', { data: false }));
    expect(await settled(noContext)).toBe(true);
    const broken = fakeWorker();
    const failed = probeGpu(() => broken, TIMEOUT);
    broken.onerror?.({} as ErrorEvent);
    expect(await settled(failed)).toBe(true);
  });

  it('gives up on a worker that never answers once the timeout passes', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const ready = probeGpu(() => worker, TIMEOUT);
    await vi.advanceTimersByTimeAsync(TIMEOUT - 1);
    expect(await settled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(ready)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('resolves at once where no worker can be made', async () => {
    vi.useFakeTimers();
    expect(await settled(probeGpu(() => null, TIMEOUT))).toBe(true);
    expect(
      await settled(
        probeGpu(() => {
          throw new Error('refused by the content policy');
        }, TIMEOUT),
      ),
    ).toBe(true);
  });
});
