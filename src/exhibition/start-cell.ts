/** The cell a headset opens into, and the configured id when no cell has it. */
export interface StartCell<C> {
  cell: C | null
  /** The deployment's `cell=` that names no cell in the content (the first cell opens instead), else null. */
  unknown: string | null
}

/**
 * The deployment's cell, else the first one; an id the content does not have falls back to the first cell and is
 * reported, so staff see the mistake on the landing page instead of a visitor finding the wrong room.
 * @example chooseStartCell(content.cells, deployment.cell)
 */
export function chooseStartCell<C extends { id: string }>(cells: readonly C[], id: string | null): StartCell<C> {
  const first = cells[0] ?? null
  if (id === null) return { cell: first, unknown: null }
  const cell = cells.find((c) => c.id === id)
  return cell ? { cell, unknown: null } : { cell: first, unknown: id }
}
