import { cacheNames, clientsClaim } from 'workbox-core'
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

/**
 * Recordings come as Opus and as AAC; a browser plays one of them. The page names it when it registers the worker
 * (`sw.js?audio=opus`), and only that one is stored: the other would double the recordings' share of the device.
 */
const playable = new URL(self.location.href).searchParams.get('audio')
const OTHER = { opus: /\.m4a$/, aac: /\.(opus|ogg|webm)$/ } as const
const skip = playable === 'opus' || playable === 'aac' ? OTHER[playable] : null
const manifest = self.__WB_MANIFEST.filter((entry) => !skip?.test(typeof entry === 'string' ? entry : entry.url))
// A link page (`/cells/<cell>/`) is answered with its own page (`directoryIndex`), a testimony's at any moment too.
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^at$/] })
cleanupOutdatedCaches()

/**
 * Whether every file of the build is in the cache, each as built (its hash checked when stored); a missing one is
 * fetched again while the network allows. Answers how many are still missing, for the staff mark on a kiosk.
 */
async function checkCache(): Promise<{ missing: string[]; total: number }> {
  const cache = await caches.open(cacheNames.precache)
  const missing: string[] = []
  for (const entry of manifest) {
    const url = typeof entry === 'string' ? entry : entry.url
    const key = getCacheKeyForURL(url)
    if (!key || (await cache.match(key))) continue
    try {
      const integrity = typeof entry === 'string' ? undefined : entry.integrity
      const response = await fetch(new URL(url, self.registration.scope), { cache: 'reload', integrity })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      await cache.put(key, response)
    } catch {
      missing.push(url)
    }
  }
  return { missing, total: manifest.length }
}

// Every page address (`/?mode=kiosk`, `/#letter`) is the one app.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')))

// A new version waits until the page asks for it: a running page may still import chunks the new one deletes.
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type
  if (type === 'SKIP_WAITING') void self.skipWaiting()
  if (type === 'CHECK_CACHE') {
    const port = event.ports[0]
    event.waitUntil(
      checkCache().then(
        (result) => port?.postMessage(result),
        () => port?.postMessage({ missing: ['(the cache could not be read)'], total: manifest.length }),
      ),
    )
  }
})

// The first install takes over the page that registered it, so it works offline without a reload.
clientsClaim()
