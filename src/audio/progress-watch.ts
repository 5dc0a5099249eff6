import type { Clock } from '../state/clock'

/**
 * Media time standing still this long while a recording should be playing counts as a stall: with the watch's tick,
 * the wait is on screen within half a second of the silence.
 */
export const STALL_MS = 400

/** How often the media time is read while a recording plays. */
const PROGRESS_TICK_MS = 100

/** What the watch reads: a media element satisfies it. */
export interface MediaProgress {
  readonly currentTime: number
  readonly paused: boolean
}

/**
 * Watches media time advance while a recording plays, against the app's clock: after {@link STALL_MS} without
 * progress it reports a stall, and it reports progress again as soon as the time moves. A media element's own
 * `waiting` and `stalled` events are not enough: in WebKit a recording routed through Web Audio can stand still
 * for seconds while it still reports `playing`.
 *
 * @returns stops the watch
 * @example
 * const stop = watchProgress(audio, systemClock, (advancing) => setStatus(advancing ? 'playing' : 'loading'))
 */
export function watchProgress(
  media: MediaProgress,
  clock: Clock,
  onChange: (advancing: boolean) => void,
  { stallMs = STALL_MS, tickMs = PROGRESS_TICK_MS } = {},
): () => void {
  let last = media.currentTime
  let movedAt = clock.now()
  let advancing = true
  let timer: unknown = null
  const tick = () => {
    const now = clock.now()
    const time = media.currentTime
    if (media.paused || time !== last) {
      // A pause is not a stall; the player reports pauses itself.
      movedAt = now
      const moved = time !== last
      last = time
      if (moved && !advancing) {
        advancing = true
        onChange(true)
      }
    } else if (advancing && now - movedAt >= stallMs) {
      advancing = false
      onChange(false)
    }
    timer = clock.setTimeout(tick, tickMs)
  }
  timer = clock.setTimeout(tick, tickMs)
  return () => clock.clearTimeout(timer)
}
