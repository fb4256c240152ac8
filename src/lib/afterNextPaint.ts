/**
 * Runs `fn` once the browser has painted the next frame: a requestAnimationFrame callback runs just
 * before a paint, and a task queued from it runs after. Returns a function that cancels it.
 *
 * For work that should not share a frame with what the reader is waiting to see: the map's redraw
 * after a choice (a software-rendered WebGL frame is slow) waits until the panel that answers
 * the choice is on screen.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
