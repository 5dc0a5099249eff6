import type { Cell, ShownIn, Testimony } from './schema'

/**
 * Whether a testimony may be shown where the visitor is on `today` (`YYYY-MM-DD`): its consent scope names that
 * place, and its last day (`until`) has not passed. Without a consent scope it is shown nowhere.
 * @example shownHere(testimony, 'kiosk', '2026-12-07')
 */
export function shownHere(testimony: Pick<Testimony, 'consentScope'>, where: ShownIn, today: string): boolean {
  const scope = testimony.consentScope
  if (!scope || !scope.where.includes(where)) return false
  // ISO days compare as text.
  return scope.until === undefined || today <= scope.until
}

/** The device's own calendar day as `YYYY-MM-DD`: consent ends at the end of its last day where the visitor is. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The cells with only the testimonies their speakers agreed to show here today. What is unchanged keeps its identity:
 * the same array where nothing is left out, each untouched cell the same object, and a cell that loses the same
 * testimonies as in `previous` (the last result) that result's cell, so effects keyed on a cell do not run again.
 */
export function cellsShown(cells: Cell[], where: ShownIn, today: string, previous: readonly Cell[] = []): Cell[] {
  let changed = false
  const out = cells.map((cell) => {
    const kept = cell.testimonies.filter((t) => shownHere(t, where, today))
    if (kept.length === cell.testimonies.length) return cell
    changed = true
    const before = previous.find((c) => c.id === cell.id)
    if (before && sameItems(before.testimonies, kept)) return before
    return { ...cell, testimonies: kept }
  })
  if (!changed) return cells
  return sameItems(previous, out) ? (previous as Cell[]) : out
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
