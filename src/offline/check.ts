/** What the offline cache holds of the build: the files it still lacks after trying to fetch them again. */
export interface CacheReport {
  missing: string[]
  total: number
}

/**
 * Asks the offline cache (sw.ts) whether every file is there, fetching again what is not while the network allows.
 * A kiosk shell that wiped the browser's data leaves no worker at all: reported as everything missing.
 * @param waitMs how long the worker may take to answer (re-fetching a few recordings)
 */
export async function checkOfflineCache(waitMs = 120_000): Promise<CacheReport> {
  const nothing: CacheReport = { missing: ['(no offline cache installed)'], total: 0 }
  if (!('serviceWorker' in navigator)) return nothing
  const registration = await navigator.serviceWorker.getRegistration()
  const worker = registration?.active
  if (!worker) return nothing
  return new Promise<CacheReport>((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => {
      channel.port1.close()
      resolve({ missing: ['(the offline cache did not answer)'], total: 0 })
    }, waitMs)
    channel.port1.onmessage = (event: MessageEvent<CacheReport>) => {
      clearTimeout(timer)
      channel.port1.close()
      resolve(event.data)
    }
    worker.postMessage({ type: 'CHECK_CACHE' }, [channel.port2])
  })
}
