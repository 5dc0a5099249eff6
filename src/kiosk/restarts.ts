/** The storage key of a kiosk's recent restarts, for its staff view. */
export const RESTARTS_KEY = 'pv-kiosk-restarts'
/** How many restarts are kept (the oldest go first). */
export const RESTARTS_KEPT = 20

/** A time the watchdog started the kiosk over or reloaded it, and why (watchdog.ts). */
export interface Restart {
  /** ISO time. */
  at: string
  reason: string
  recovery: string
}

/** The kiosk's recent restarts, newest last; nothing (or something unreadable) is none. */
export function readRestarts(storage: Storage | null): Restart[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(RESTARTS_KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as Restart[]) : []
  } catch {
    return []
  }
}

/** Keeps a restart for the staff view. */
export function recordRestart(storage: Storage | null, restart: Restart): void {
  try {
    storage?.setItem(RESTARTS_KEY, JSON.stringify([...readRestarts(storage), restart].slice(-RESTARTS_KEPT)))
  } catch {
    // A full storage forgets a restart, never stops the kiosk.
  }
}
