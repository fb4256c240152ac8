import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeGpu, type ProbeWorker } from '../../../src/lib/whenGpuReady.ts';

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
    const ready = probeGpu(() => worker, 4000);
    expect(await settled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await settled(ready)).toBe(false);
    worker.onmessage?.(new MessageEvent('message', { data: true }));
    expect(await settled(ready)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('resolves when the worker answers that it could not make a context, or fails', async () => {
    vi.useFakeTimers();
    const refused = fakeWorker();
    const noContext = probeGpu(() => refused, 4000);
    refused.onmessage?.(new MessageEvent('message', { data: false }));
    expect(await settled(noContext)).toBe(true);
    const broken = fakeWorker();
    const failed = probeGpu(() => broken, 4000);
    broken.onerror?.({} as ErrorEvent);
    expect(await settled(failed)).toBe(true);
  });

  it('gives up on a worker that never answers once the timeout passes', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const ready = probeGpu(() => worker, 4000);
    await vi.advanceTimersByTimeAsync(3999);
    expect(await settled(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(ready)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('resolves at once where no worker can be made', async () => {
    vi.useFakeTimers();
    expect(await settled(probeGpu(() => null, 4000))).toBe(true);
    expect(
      await settled(
        probeGpu(() => {
          throw new Error('refused by the content policy');
        }, 4000),
      ),
    ).toBe(true);
  });
});
