/** One caption line: plain text (never HTML) shown from `start` to `end` seconds. */
export interface Caption {
  start: number
  end: number
  text: string
}

/**
 * Index of the cue to show at time `t` (seconds), or -1 between cues.
 * Binary search: called on every animation frame while a testimony plays.
 */
export function cueIndexAt(cues: readonly Caption[], t: number): number {
  let lo = 0
  let hi = cues.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((cues[mid]?.start ?? Infinity) <= t) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  // Overlapping cues: the latest one that started and has not ended wins.
  for (let i = found; i >= 0 && i > found - 4; i--) if (t < (cues[i]?.end ?? -Infinity)) return i
  return -1
}
