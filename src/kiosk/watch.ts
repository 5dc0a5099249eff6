import { useRuntime } from '../scene/runtime-store'
import { useAppStore } from '../state/app-store'
import { startOver } from '../state/start-over'
import type { Language } from '../i18n/languages'
import { Watchdog } from './watchdog'
import { recordRestart } from './restarts'
import { safeStorage } from '../state/storage'

/**
 * Keeps an unattended kiosk working (see Watchdog): outside React, so it still acts when the page's own tree has
 * failed. A fault that a fresh start cannot mend reloads the page once the kiosk is back on its attract screen.
 * @returns the removal of everything it listens to
 */
export function watchKiosk(
  startLanguage: Language,
  root: HTMLElement,
  heartbeat: { path: string | null; seconds: number },
): () => void {
  let reloadPending = false
  const reloadIfQuiet = () => {
    if (reloadPending && useAppStore.getState().phase === 'attract') location.reload()
  }
  const dog = new Watchdog({
    lastFrameAt: () => {
      const runtime = useRuntime.getState().loadable
      return runtime.status === 'ready' ? runtime.value.lastFrameAt() : null
    },
    onFault: (reason, recovery) => {
      console.warn(`Kiosk watchdog: ${reason}`)
      // Kept for the staff view (staff.tsx): the kiosk's own record of what went wrong, nothing about a visitor.
      recordRestart(safeStorage(), { at: new Date().toISOString(), reason, recovery })
      // With nothing left on the page (its tree failed), only a fresh page brings the kiosk back.
      if (recovery === 'reload-when-quiet' || root.childElementCount === 0) {
        reloadPending = true
        if (root.childElementCount === 0) startOver({ phase: 'attract', lang: startLanguage })
        reloadIfQuiet()
      } else startOver({ phase: 'attract', lang: startLanguage })
    },
  })
  const onError = (e: ErrorEvent) => dog.error(e.message)
  const onRejection = (e: PromiseRejectionEvent) =>
    dog.error(e.reason instanceof Error ? e.reason.message : String(e.reason))
  const lost = () => dog.contextLost()
  const restored = () => dog.contextRestored()
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)
  document.addEventListener('webglcontextlost', lost, true)
  document.addEventListener('webglcontextrestored', restored, true)
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.phase !== prev.phase) reloadIfQuiet()
  })
  // Monitoring sees the kiosk alive, and where it is: a plain request to this site, its answer ignored.
  const beat = heartbeat.path
    ? setInterval(() => {
        const url = new URL(heartbeat.path ?? '/', location.href)
        url.searchParams.set('phase', useAppStore.getState().phase)
        void fetch(url, { cache: 'no-store' }).catch(() => undefined)
      }, heartbeat.seconds * 1000)
    : null
  return () => {
    if (beat !== null) clearInterval(beat)
    dog.dispose()
    unsubscribe()
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
    document.removeEventListener('webglcontextlost', lost, true)
    document.removeEventListener('webglcontextrestored', restored, true)
  }
}
