/**
 * The questions Ask had no recorded answer to, kept on a kiosk for its curators when the deployment asks for it
 * (`?keepUnanswered`): in this browser's localStorage only, never sent. Pruned to the latest `KEEP` and to `DAYS`
 * days, so weeks of a gallery leave a short list. Curators read it with {@link readUnanswered} (the browser's
 * developer tools: `localStorage['pv-unanswered']`).
 */
const KEY = 'pv-unanswered'
export const UNANSWERED_KEEP = 200
const DAYS = 30

export interface Unanswered {
  /** What was typed, as typed (at most 160 characters). */
  q: string
  lang: string
  cell: string
  /** When, as an ISO day: no finer, nothing that tells visitors apart. */
  day: string
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage refused (a locked-down profile): nothing is kept
  }
}

/** What is kept, newest last. */
export function readUnanswered(): Unanswered[] {
  try {
    const list: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]')
    return Array.isArray(list) ? (list as Unanswered[]) : []
  } catch {
    return []
  }
}

/** Keeps one more, dropping those older than the days kept and all but the latest `UNANSWERED_KEEP`. */
export function keepUnanswered(entry: Omit<Unanswered, 'day'>, now = new Date()): void {
  const store = storage()
  if (!store) return
  const oldest = new Date(now.getTime() - DAYS * 86_400_000).toISOString().slice(0, 10)
  const list = [
    ...readUnanswered().filter((u) => u.day >= oldest),
    { ...entry, q: entry.q.slice(0, 160), day: now.toISOString().slice(0, 10) },
  ].slice(-UNANSWERED_KEEP)
  try {
    store.setItem(KEY, JSON.stringify(list))
  } catch {
    // full: the oldest would have gone anyway
  }
}
