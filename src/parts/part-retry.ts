/**
 * Try again for a part of the page that could not be fetched (lazy-part.tsx). Browsers may keep a failed module, so
 * after one attempt in place only a reload brings it; but a reload that cannot reach the site replaces the whole app
 * with the browser's own error page (an ordinary visit has no offline cache). So: nothing while the browser is
 * offline (the part waits for the `online` event), and a reload only once the site answers.
 */
export type RetryStep = 'wait-online' | 'in-place' | 'reload-if-answers'

/** What Try again does now, after `attempts` tries in place. */
export function retryStep(attempts: number, online: boolean): RetryStep {
  if (!online) return 'wait-online'
  return attempts === 0 ? 'in-place' : 'reload-if-answers'
}

/** Whether the site answers at `url` now (any answer it gives counts; a network failure does not). */
export async function siteAnswers(url: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(url, { cache: 'no-store' })
    return response.ok
  } catch {
    return false
  }
}

/** Whether the browser says it is online; read each time. */
export const isOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false

/** Calls `onChange` when the browser goes online or offline; returns the unsubscribe. */
export function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}
