import type { StoreApi } from 'zustand/vanilla'
import type { PlaybackState } from '../audio/testimony-player'
import { systemClock, type Clock } from '../state/clock'

/** The pause between one testimony's last words and the next one's first, in milliseconds. */
export const GUIDED_PAUSE_MS = 1500

/**
 * The testimony after `currentId` in the cell's order: the first when nothing has played, null after the last
 * (the guided order plays a cell once through) or for an id the cell does not have.
 * @example nextTestimony(cell, null) // the cell's first testimony
 */
export function nextTestimony<T extends { id: string }>(
  cell: { testimonies: readonly T[] },
  currentId: string | null,
): T | null {
  if (currentId === null) return cell.testimonies[0] ?? null
  const at = cell.testimonies.findIndex((t) => t.id === currentId)
  if (at < 0) return null
  return cell.testimonies[at + 1] ?? null
}

export interface GuidedOrderOptions<T extends { id: string }> {
  /** The testimony player's state. */
  player: StoreApi<PlaybackState>
  cell: { testimonies: readonly T[] }
  /** Starts a testimony (from its spot). */
  play(testimony: T): void
  /** @default GUIDED_PAUSE_MS */
  pauseMs?: number
  /** How long a failed recording's message stays before the next testimony. @default 4000 */
  skipMs?: number
  /** Injected for tests. @default globalThis */
  clock?: Pick<Clock, 'setTimeout' | 'clearTimeout'>
}

/**
 * Plays a cell's testimonies one after another: when one ends, the next follows after a short pause. A recording
 * that fails is skipped: its error stays on screen through the pause (`skipMs`), then the order goes on.
 * Whatever the visitor does in the pause (choosing another testimony, stopping) wins over the order.
 * @returns stops following, cancelling a pending next testimony
 */
export function followGuidedOrder<T extends { id: string }>({
  player,
  cell,
  play,
  pauseMs = GUIDED_PAUSE_MS,
  skipMs = 4000,
  clock = systemClock,
}: GuidedOrderOptions<T>): () => void {
  let handle: unknown = null
  const cancel = () => {
    if (handle !== null) clock.clearTimeout(handle)
    handle = null
  }
  const unsubscribe = player.subscribe((state, prev) => {
    if (state.status === prev.status && state.testimonyId === prev.testimonyId) return
    cancel()
    const ended = state.testimonyId
    const finished = state.status === 'ended' || state.status === 'error'
    if (!finished || ended === null) return
    const next = nextTestimony(cell, ended)
    if (!next) return
    handle = clock.setTimeout(
      () => {
        handle = null
        const now = player.getState()
        if (now.status === state.status && now.testimonyId === ended) play(next)
      },
      state.status === 'error' ? skipMs : pauseMs,
    )
  })
  return () => {
    unsubscribe()
    cancel()
  }
}
