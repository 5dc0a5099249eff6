import { createLazyService, readyValue, valueOf } from '../state/lazy-service'
import type { AudioEngine } from './audio-engine'

type AudioModule = typeof import('./audio-engine')

/** howler and the audio graph: a chunk of their own, fetched once the landing is up (the landing carries none of it). */
const useAudioCode = createLazyService(() =>
  import('./audio-engine').catch((e: unknown) => {
    console.warn(`The sound could not be loaded: ${String(e)}`)
    throw e
  }),
)

/** The page's one engine, once built: ahead of the Begin tap where the browser allows, else in it. */
let built: AudioEngine | null = null

/** In the Begin tap: unlocks the engine built ahead, or builds it now (building it also unlocks it). */
function startEngine(code: AudioModule, base: string): AudioEngine {
  if (built) built.unlock()
  else built = code.createAudioEngine(document.body, base)
  return built
}

/**
 * The page's audio engine, there once the Begin tap has started the sound; `load(base)` belongs in that tap. With the
 * audio code in, the engine is unlocked or built in the tap itself (iOS lets sound start only inside a user gesture);
 * a tap before the code has arrived starts the sound once it has.
 */
const useAudio = createLazyService(
  async (base: string) => startEngine(valueOf(await useAudioCode.getState().load()), base),
  {
    now: (base) => {
      const code = readyValue(useAudioCode.getState())
      return code ? startEngine(code, base) : undefined
    },
  },
)

/**
 * Fetches the audio code (once the landing is up) and, where `ahead` and the engine allows it (not in WebKit), builds
 * the graph before the Begin tap, suspended, so that the tap only unlocks it. The engine is published by the tap.
 */
export function prepareSound(base: string, ahead: boolean): void {
  void useAudioCode
    .getState()
    .load()
    .then((code) => {
      if (ahead && code.status === 'ready' && code.value.canPrepareBeforeTap(navigator))
        built ??= code.value.createAudioEngine(document.body, base)
    })
}

/**
 * Starts the sound from the Begin tap (see {@link useAudio}); a later Begin (the next visitor's, on a kiosk) unlocks
 * the engine again.
 * @returns null where the sound started in the tap; else whether it started once the audio code came in
 */
export function startSound(base: string): Promise<boolean> | null {
  const audio = useAudio.getState()
  if (audio.loadable.status === 'ready') {
    audio.loadable.value.unlock()
    return null
  }
  const started = audio.load(base)
  if (useAudio.getState().loadable.status === 'ready') return null
  return started.then((s) => s.status === 'ready')
}

/** The audio engine once the Begin tap has started the sound, else null. */
export function useAudioEngine(): AudioEngine | null {
  return useAudio(readyValue)
}

/**
 * The audio engine, in what is shown only once the Begin tap has started the sound (a cell and all in it).
 * @throws where it is not there yet: what may show before that reads {@link useAudioEngine}
 */
export function useStartedAudioEngine(): AudioEngine {
  const engine = useAudioEngine()
  if (!engine) throw new Error('The audio engine is read before the Begin tap has started the sound')
  return engine
}

/**
 * Calls `fn` with the audio engine once the Begin tap has started the sound (at once where it has), for what watches
 * the voice from outside React (counting).
 * @returns the way to stop waiting
 */
export function whenAudioEngine(fn: (engine: AudioEngine) => void): () => void {
  const ready = readyValue(useAudio.getState())
  if (ready) {
    fn(ready)
    return () => undefined
  }
  const unsubscribe = useAudio.subscribe((s) => {
    const engine = readyValue(s)
    if (!engine) return
    unsubscribe()
    fn(engine)
  })
  return unsubscribe
}
