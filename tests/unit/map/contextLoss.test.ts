import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_RESTORE_GRACE_MS, watchContext } from '../../../src/map/contextLoss.ts';

describe('watchContext', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up on a lost context after the grace period, once', () => {
    const gone = vi.fn();
    const watch = watchContext(gone);
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_GRACE_MS - 1);
    expect(gone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(gone).toHaveBeenCalledTimes(1);
    // Once gone, the map is replaced: a later loss (there is no later restore) calls nothing again.
    watch.lost();
    vi.advanceTimersByTime(10 * CONTEXT_RESTORE_GRACE_MS);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('keeps the map when the context comes back within the grace period, and watches the next loss', () => {
    const gone = vi.fn();
    const watch = watchContext(gone, 1000);
    watch.lost();
    vi.advanceTimersByTime(900);
    watch.restored();
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
    watch.lost();
    vi.advanceTimersByTime(1000);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('counts the grace period from the first loss, not a repeated one', () => {
    const gone = vi.fn();
    const watch = watchContext(gone, 1000);
    watch.lost();
    vi.advanceTimersByTime(600);
    watch.lost();
    vi.advanceTimersByTime(400);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('calls nothing after the map is gone', () => {
    const gone = vi.fn();
    const watch = watchContext(gone, 1000);
    watch.lost();
    watch.dispose();
    vi.advanceTimersByTime(5000);
    watch.lost();
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
  });

  it('a restore with no loss pending is harmless', () => {
    const gone = vi.fn();
    const watch = watchContext(gone, 1000);
    watch.restored();
    vi.advanceTimersByTime(5000);
    expect(gone).not.toHaveBeenCalled();
  });
});
