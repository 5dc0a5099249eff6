/** One caption line: plain text (never HTML) shown from `start` to `end` seconds. */
export interface Caption {
  start: number
  end: number
  text: string
}

/**
 * Index of the cue to show at time `t` (seconds), or -1 between cues. Binary search: called whenever the voice's
 * time is read for the captions (each `timeupdate`, and from the frame loop when a cue may change).
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

/**
 * The first time after `t` (seconds) at which a cue starts or ends, so the caption on screen may change; Infinity
 * when none does. Until then `cueIndexAt` gives the same answer.
 */
export function nextCueChange(cues: readonly Caption[], t: number): number {
  let next = Infinity
  for (const cue of cues) {
    if (cue.start > t) {
      // sorted by start: no later cue starts sooner, though an earlier one may end sooner
      next = Math.min(next, cue.start)
      break
    }
    if (cue.end > t) next = Math.min(next, cue.end)
  }
  return next
}
