// The service worker (built by scripts/serviceWorkerPlugin.ts into sw.js, beside index.html): every file
// of the app is kept in the browser's cache after the first visit (Workbox's precaching), so that a
// reader offline afterwards (a classroom with a flaky network) gets every mode, a reload included,
// and a page left open across a redeploy still finds the files it was built with.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

// The build puts the app's files here: hashed names as they are, the rest with a revision
// (scripts/serviceWorkerPlugin.ts).
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

precacheAndRoute(__PRECACHE_MANIFEST__);
// The files of an earlier build go once no page of that build is open any more (a new service worker
// waits for that): a page left open keeps finding its own chunks.
cleanupOutdatedCaches();
// On the first visit, the page that installed this is looked after at once: a lazily loaded part it
// asks for later (story mode, the table) comes from the cache even if the network is gone by then.
clientsClaim();

// The app's page for any address of it (`?focus=IRN`, `?step=3`, `?notes=1`), from the cache: a reload
// offline opens the same view. Other pages (the embed example) are served as precached.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [/\/(index\.html)?(\?.*)?$/u] }));

// The still map's whole-world shapes (only for a browser without WebGL) are kept once fetched, not
// fetched by every reader in advance.
registerRoute(
  ({ url }) => /\/assets\/countries-50m-[\w-]+\.json$/u.test(url.pathname),
  new CacheFirst({ cacheName: 'still-map-shapes' }),
);
