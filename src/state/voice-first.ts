/**
 * The connection's order on a slow phone: a voice comes first. While a voice the visitor asked for waits for its
 * sound (or the beginning of the recording they are most likely to tap is being opened), what can wait does: the
 * room's textures, its room tone, the other recordings opened ahead. They go on once the voice is heard, given up,
 * or stopped. Shared by the audio engine, which holds it, and the scene, which waits on it.
 */
let holds = 0
const waiting = new Set<() => void>()
const watchers = new Set<(held: boolean) => void>()

/** Whether a voice is waiting for its data now. */
export function voiceWaiting(): boolean {
  return holds > 0
}

/** Holds what can wait until the returned release is called (once; later calls do nothing). */
export function holdForVoice(): () => void {
  holds++
  if (holds === 1) for (const watch of [...watchers]) watch(true)
  let released = false
  return () => {
    if (released) return
    released = true
    holds--
    if (holds > 0) return
    for (const watch of [...watchers]) watch(false)
    for (const go of [...waiting]) {
      waiting.delete(go)
      go()
    }
  }
}

/** Resolves at once when no voice waits, else once none does. */
export function afterVoice(): Promise<void> {
  if (holds === 0) return Promise.resolve()
  return new Promise((resolve) => waiting.add(resolve))
}

/** Calls `watch(true)` when a voice starts waiting and `watch(false)` when none does any more. */
export function onVoiceWaiting(watch: (held: boolean) => void): () => void {
  watchers.add(watch)
  return () => watchers.delete(watch)
}

/**
 * Runs `start` when no voice waits, at most `limit` at a time (a thin connection shared by fewer downloads gives a
 * voice tapped meanwhile a larger share of it).
 */
export function inTurn(limit: number): <T>(start: () => Promise<T>) => Promise<T> {
  let running = 0
  const queue: (() => void)[] = []
  const next = () => {
    if (running >= limit) return
    const go = queue.shift()
    if (!go) return
    running++
    void afterVoice().then(go)
  }
  return <T>(start: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        Promise.resolve()
          .then(start)
          .then(resolve, reject)
          .finally(() => {
            running--
            next()
          })
      })
      next()
    })
}
