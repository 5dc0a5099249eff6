import type { StoreApi } from 'zustand/vanilla'
import type { PlaybackState } from '../audio/testimony-player'
import { systemClock, type Clock } from '../state/clock'

/** A voice that has stood still this long no longer keeps a kiosk from starting over for the next visitor. */
export const STALLED_SPEECH_MS = 20_000

/**
 * Holds a kiosk's idle timer while a testimony speaks, so nobody is asked "Still there?" mid-sentence. A recording
 * that stalls (shown as loading) holds it only for `stalledMs`: a kiosk must never wait forever on a dead network.
 * @returns the unsubscribe
 */
export function holdWhileSpeaking(
  player: StoreApi<PlaybackState>,
  timer: { hold(held: boolean): void },
  {
    clock = systemClock,
    stalledMs = STALLED_SPEECH_MS,
  }: { clock?: Pick<Clock, 'setTimeout' | 'clearTimeout'>; stalledMs?: number } = {},
): () => void {
  let stall: unknown = null
  const follow = ({ status }: PlaybackState) => {
    if (stall !== null) clock.clearTimeout(stall)
    stall = null
    if (status === 'loading') {
      timer.hold(true)
      stall = clock.setTimeout(() => {
        stall = null
        timer.hold(false)
      }, stalledMs)
    } else timer.hold(status === 'playing')
  }
  follow(player.getState())
  const unsubscribe = player.subscribe((state, prev) => {
    if (state.status !== prev.status) follow(state)
  })
  return () => {
    unsubscribe()
    if (stall !== null) clock.clearTimeout(stall)
  }
}
