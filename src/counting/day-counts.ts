import type { CountEvent } from './events'

/** The storage key of a device's counts (kiosks and exhibition headsets only: nothing about a visitor is in it). */
export const DAY_COUNTS_KEY = 'pv-day-counts'

/** Per day (`YYYY-MM-DD`, the device's local date), per key (`event cell testimony lang mode heard`), a count. */
export type DayCounts = Record<string, Record<string, number>>

/** The fields of an event that are counted together, as one key. */
export function countKey(e: CountEvent): string {
  return [e.event, e.cell ?? '', e.testimony ?? '', e.lang, e.mode, e.heard ?? ''].join(' ')
}

/** The device's local date. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The counts kept on this device; nothing (or something unreadable) is no counts. */
export function readDayCounts(storage: Storage | null): DayCounts {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DAY_COUNTS_KEY) ?? '{}')
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as DayCounts) : {}
  } catch {
    return {}
  }
}

/** Counts as they stand after `keepDays` from `today`: older days are gone (today is day 1). */
export function pruneDays(counts: DayCounts, today: Date, keepDays: number): DayCounts {
  const oldest = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (keepDays - 1))
  const from = dayOf(oldest)
  return Object.fromEntries(Object.entries(counts).filter(([day]) => day >= from))
}

/**
 * Adds one event to today's counts on the device, dropping days older than `keepDays`.
 * @returns the counts as stored
 */
export function addDayCount(storage: Storage | null, e: CountEvent, now: Date, keepDays: number): DayCounts {
  const counts = pruneDays(readDayCounts(storage), now, keepDays)
  const day = (counts[dayOf(now)] ??= {})
  const key = countKey(e)
  day[key] = (day[key] ?? 0) + 1
  try {
    storage?.setItem(DAY_COUNTS_KEY, JSON.stringify(counts))
  } catch {
    // A full storage loses a count, never the kiosk.
  }
  return counts
}

/** The header of the counts' CSV: the same columns as the server's daily counts (npm run counts). */
export const COUNTS_CSV_HEADER = 'day,event,cell,testimony,lang,mode,heard,count'

/** The counts as CSV, a row per day and key, days in order. */
export function dayCountsCsv(counts: DayCounts): string {
  const rows = [COUNTS_CSV_HEADER]
  for (const day of Object.keys(counts).sort())
    for (const [key, n] of Object.entries(counts[day] ?? {}).sort(([a], [b]) => a.localeCompare(b)))
      rows.push([day, ...key.split(' '), n].join(','))
  return rows.join('\n') + '\n'
}

/** Per day, the total of each event (the staff view's table). */
export function eventTotals(counts: DayCounts): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const [day, keys] of Object.entries(counts)) {
    const totals: Record<string, number> = {}
    for (const [key, n] of Object.entries(keys)) {
      const event = key.split(' ')[0] ?? ''
      totals[event] = (totals[event] ?? 0) + n
    }
    out[day] = totals
  }
  return out
}
