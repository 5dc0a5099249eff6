import type { Content } from '../content/load'
import type { Place } from './address'

/** What the visitor is told when a link leads to something that is not here (any more). */
export type LinkNotice = 'cellGone' | 'testimonyGone' | 'testimonyWithdrawn'

/** Where a link's place leads with the content as it is now. */
export type LinkOutcome =
  | { kind: 'start' }
  | { kind: 'cells'; notice: LinkNotice | null }
  | { kind: 'cell'; cell: string; testimony: string | null; at: number | null }

/**
 * Resolves a place against the content: a cell or testimony that is gone (renamed, removed) opens the cell choice with
 * a notice; a withdrawn testimony's notice says only that it was withdrawn.
 * @example resolvePlace({ kind: 'cell', cell: 'old-name' }, content) // { kind: 'cells', notice: 'cellGone' }
 */
export function resolvePlace(place: Place, content: Pick<Content, 'cells' | 'withdrawn'>): LinkOutcome {
  if (place.kind === 'start') return { kind: 'start' }
  if (place.kind === 'cells') return { kind: 'cells', notice: null }
  const cell = content.cells.find((c) => c.id === place.cell)
  if (place.kind === 'testimony' && content.withdrawn.includes(`${place.cell}/${place.testimony}`))
    return { kind: 'cells', notice: 'testimonyWithdrawn' }
  if (!cell) return { kind: 'cells', notice: 'cellGone' }
  if (place.kind === 'cell') return { kind: 'cell', cell: cell.id, testimony: null, at: null }
  const testimony = cell.testimonies.find((t) => t.id === place.testimony)
  if (!testimony) return { kind: 'cells', notice: 'testimonyGone' }
  // A moment past the end is no moment: the testimony starts from its beginning.
  const at = place.at !== null && place.at < testimony.duration ? place.at : null
  return { kind: 'cell', cell: cell.id, testimony: testimony.id, at }
}
