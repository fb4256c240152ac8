/**
 * Registers the service worker (sw.js beside the page, see src/sw/serviceWorker.ts) once the page has
 * loaded and the browser is idle: keeping every file of the app must not compete with drawing the
 * map. Nothing happens in development (there is no worker), where the browser has no service workers,
 * or where the page may not have one (a sandboxed frame, blocked storage): the app works the same,
 * online.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV) return;
  // Missing where the browser has none (an insecure address); throwing where the page may not have one.
  let workers: ServiceWorkerContainer | undefined;
  try {
    workers = (navigator as { serviceWorker?: ServiceWorkerContainer }).serviceWorker;
  } catch {
    return;
  }
  if (workers === undefined) return;
  const container = workers;
  const register = () => {
    try {
      container.register(new URL('sw.js', document.baseURI)).catch(() => undefined);
    } catch {
      // An opaque origin (a frame sandboxed without allow-same-origin) may not register one.
    }
  };
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(register, { timeout: 5000 })
      : window.setTimeout(register, 2000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
