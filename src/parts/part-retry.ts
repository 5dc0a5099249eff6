/**
 * Try again for a part of the page that could not be fetched (lazy-part.tsx). Browsers keep a failed module under its
 * address for the page's life (Chromium and Firefox do), so the attempt in place asks for it under a fresh address
 * (`loadAgain`); where that fails too only a reload brings it, but a reload that cannot reach the site replaces the
 * whole app with the browser's own error page (an ordinary visit has no offline cache). So: nothing while the
 * browser is offline (the part waits for the `online` event), and a reload only once the site answers.
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

/**
 * Whether asking for a part now could only fail: offline, with no offline cache to answer (kiosks and exhibitions
 * have one). The browser would keep that failure, and the chunks it found missing, for the page's life.
 */
export const fetchWouldFail = (): boolean =>
  !isOnline() && !(typeof navigator !== 'undefined' && navigator.serviceWorker?.controller)

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

/**
 * The address of the module a failed dynamic import names, where it is this site's ("Failed to fetch dynamically
 * imported module: …" in Chromium, "error loading dynamically imported module: …" in Firefox); Safari names none.
 */
export function failedModule(error: unknown, page: string): string | null {
  const message = error instanceof Error ? error.message : String(error)
  const named = /(?:https?:)?\/\/[^\s'"]+\.m?js\b/.exec(message)?.[0]
  if (!named) return null
  try {
    const url = new URL(named, page)
    return url.origin === new URL(page).origin ? url.href : null
  } catch {
    return null
  }
}

/**
 * The part's module fetched again after `error`: under a fresh address (`?again=n`) where the error names it, since
 * the browser answers the old one with the old failure without asking the server; else as it was loaded at first,
 * its stylesheet asked for anew where that was what failed, and under a fresh address where the module then fails.
 * The chunks it imports keep their addresses, so it shares them (and their state) with the rest of the page.
 */
export async function loadAgain<M>(
  load: () => Promise<M>,
  error: unknown,
  attempt: number,
  page = location.href,
): Promise<M> {
  const again = (url: string) => {
    const fresh = new URL(url)
    fresh.searchParams.set('again', String(attempt))
    return import(/* @vite-ignore */ fresh.href) as Promise<M>
  }
  const named = failedModule(error, page)
  if (named) return again(named)
  await stylesheetsAgain(error)
  try {
    return await load()
  } catch (e) {
    const module = failedModule(e, page)
    if (!module) throw e
    return again(module)
  }
}

/**
 * The build preloads a part's stylesheets and, where one cannot come ("Unable to preload CSS for …"), leaves its
 * failed `<link>` in the page and never asks for it again: each such link (one with no style sheet) is replaced by a
 * new one, and the part waits for them.
 */
function stylesheetsAgain(error: unknown, doc: Document = document): Promise<unknown> {
  const message = error instanceof Error ? error.message : String(error)
  if (!message.includes('Unable to preload CSS for')) return Promise.resolve()
  const failed = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet)
  return Promise.all(
    failed.map((old) => {
      const link = doc.createElement('link')
      link.rel = 'stylesheet'
      link.href = old.href
      old.replaceWith(link)
      return new Promise<void>((resolve, reject) => {
        link.addEventListener('load', () => resolve(), { once: true })
        link.addEventListener('error', () => reject(new Error(`Unable to load CSS for ${link.href}`)), { once: true })
      })
    }),
  )
}
