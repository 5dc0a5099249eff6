import { clientsClaim } from 'workbox-core'
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching'
import { createPartialResponse } from 'workbox-range-requests'
import { NavigationRoute, registerRoute } from 'workbox-routing'

/**
 * The offline cache: the app and every content file of the deployment (models, audio, captions) are stored when
 * the worker installs, so a kiosk or headset keeps working with the network cut.
 */
declare const self: ServiceWorkerGlobalScope

// Media elements ask for byte ranges (`bytes=0-`, then `bytes=N-` when seeking); a whole cached file would not do.
// Registered before the precache route, which would answer with the full file.
registerRoute(
  ({ request, url }) => request.headers.has('range') && getCacheKeyForURL(url.href) !== undefined,
  async ({ request, url }) => {
    const full = await matchPrecache(url.href)
    return full ? createPartialResponse(request, full) : fetch(request)
  },
)

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// Every page address (`/?mode=kiosk`, `/#letter`) is the one app.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')))

// A new version waits until the page asks for it: a running page may still import chunks the new one deletes.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The first install takes over the page that registered it, so it works offline without a reload.
clientsClaim()
