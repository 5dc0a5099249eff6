import { Workbox } from 'workbox-window'
import { playableFormat } from '../audio/codec'
import type { ControllerWatch } from './started-by'
import { createUpdatePolicy } from './update-policy'

/** The page's handle on the offline cache (the service worker in `sw.ts`). */
export interface OfflineCache {
  /** Activates a downloaded new version and reloads; returns false when there is none. Call only when no visitor is mid-way. */
  applyPendingUpdate(): boolean
  /** Asks the server for a new version (a kiosk runs for weeks). */
  checkForUpdate(): Promise<void>
}

const NO_CACHE: OfflineCache = {
  applyPendingUpdate: () => false,
  checkForUpdate: () => Promise.resolve(),
}

/**
 * Installs the offline cache: the app and all content stay available with the network cut, and a new version is
 * picked up on the next start with a network. A new version activates at once when `isIdle()` holds (at start-up,
 * on the attract screen); otherwise it waits for {@link OfflineCache.applyPendingUpdate}.
 *
 * Load this module with `import()`: the landing page does not need it.
 *
 * @param base the site's base URL, e.g. `/`; the worker is `${base}sw.js` and serves everything under `base`
 * @param isIdle whether no visitor is mid-way, so the page may reload
 * @param controller the page's controller, watched since the app started (`watchController()` in main.tsx)
 * @example
 * const controller = watchController()
 * const { registerOfflineCache } = await import('./offline/register')
 * const cache = registerOfflineCache('/', () => useAppStore.getState().phase === 'landing', controller)
 */
export function registerOfflineCache(base: string, isIdle: () => boolean, controller: ControllerWatch): OfflineCache {
  // Service workers exist only in secure contexts (https, localhost); the dev server has none (it would cache code
  // that is being edited).
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return NO_CACHE

  // The worker stores only the recordings this browser plays (the same choice as the player's, chooseSource).
  const media = document.createElement('audio')
  const audio = playableFormat((type) => media.canPlayType(type))
  const workbox = new Workbox(`${base}sw.js?audio=${audio}`, { scope: base })
  let registration: ServiceWorkerRegistration | undefined
  const policy = createUpdatePolicy({
    isIdle,
    hasWaiting: () => Boolean(registration?.waiting),
    activate: () => workbox.messageSkipWaiting(),
    reload: () => location.reload(),
    later: (run, ms) => void setTimeout(run, ms),
  })
  workbox.addEventListener('waiting', () => policy.waiting())
  // Not Workbox's `controlling` event: Workbox listens only once the page has loaded, and the handover may come
  // earlier.
  controller.onReplaced(() => policy.controlling(true))
  workbox
    .register()
    .then((r) => {
      registration = r
      // A version downloaded during an earlier visit is announced before `register()` resolves, too early to act on.
      if (r?.waiting) policy.waiting()
    })
    .catch((e: unknown) => console.warn(`The offline cache could not be installed: ${String(e)}`))

  return {
    applyPendingUpdate: () => policy.applyPending(),
    // Offline is a kiosk's normal state: the next check tries again.
    checkForUpdate: () => workbox.update().catch(() => undefined),
  }
}
