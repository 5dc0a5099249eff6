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
function onVoiceWaiting(watch: (held: boolean) => void): () => void {
  watchers.add(watch)
  return () => watchers.delete(watch)
}

/**
 * Runs `attempt` when no voice waits. A voice that starts waiting while it runs takes the connection back: the
 * attempt's signal is aborted, and it runs again once the voice is heard. `signal` ends it for good.
 */
export async function yieldingToVoice<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  for (;;) {
    await afterVoice()
    signal?.throwIfAborted()
    const turn = new AbortController()
    const abort = () => turn.abort()
    signal?.addEventListener('abort', abort)
    let yielded = false
    const unwatch = onVoiceWaiting((held) => {
      if (!held) return
      yielded = true
      turn.abort()
    })
    try {
      return await attempt(turn.signal)
    } catch (e) {
      if (!yielded || signal?.aborted) throw e
    } finally {
      unwatch()
      signal?.removeEventListener('abort', abort)
    }
  }
}

/**
 * Runs `start` when no voice waits, at most `limit` at a time (a thin connection shared by fewer downloads gives a
 * voice tapped meanwhile a larger share of it). One that has not settled after `slotMs` gives its place to the next
 * (it goes on): a download stalled on a bad network must not keep every later one waiting, in this cell or the next.
 */
export function inTurn(limit: number, slotMs = 10_000): <T>(start: () => Promise<T>) => Promise<T> {
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
        let freed = false
        const free = () => {
          if (freed) return
          freed = true
          clearTimeout(slot)
          running--
          next()
        }
        const slot = setTimeout(free, slotMs)
        Promise.resolve().then(start).then(resolve, reject).finally(free)
      })
      next()
    })
}
