import { Howler } from 'howler'
import { useComfort } from '../state/comfort'
import { onStartOver } from '../state/start-over'
import { AmbientBed } from './ambient-bed'
import { declarePlaybackSession } from './audio-session'
import { setListenerPose, type XYZ } from './spatial'
import { isSpeaking, TestimonyPlayer } from './testimony-player'

export interface AudioEngine {
  readonly ctx: AudioContext
  readonly player: TestimonyPlayer
  readonly ambient: AmbientBed
  /** Called every frame with the camera or headset pose; allocates nothing. */
  setListener(position: XYZ, forward: XYZ, up: XYZ): void
  dispose(): void
}

/**
 * Creates the audio graph on howler's shared AudioContext. Call it from the Begin tap:
 * iOS only lets audio start inside a user gesture, and takes the page's audio session from the first sound.
 */
export function createAudioEngine(host: HTMLElement, base = '/'): AudioEngine {
  // Before the context exists: an iPhone on silent would otherwise mute every voice.
  const releaseSession = declarePlaybackSession(navigator, host.ownerDocument)
  Howler.volume(1) // creates Howler.ctx and its master gain
  const ctx = Howler.ctx
  void ctx.resume().catch(() => undefined)
  const player = new TestimonyPlayer(ctx, Howler.masterGain, host, base)
  const ambient = new AmbientBed()

  // A phone call or another app can suspend ("interrupted" on iOS) the context: resume on the next touch.
  const resumeOnGesture = () => {
    if (ctx.state !== 'running') void ctx.resume().catch(() => undefined)
  }
  window.addEventListener('pointerdown', resumeOnGesture)
  window.addEventListener('keydown', resumeOnGesture)

  // A shared device's next visitor starts in silence, with no recording open.
  const forget = onStartOver(() => {
    player.release()
    ambient.stop()
  })

  // The visitor's comfort settings: mono voices, the room sound's own level (silent in the safe place).
  const applyComfort = () => {
    const c = useComfort.getState()
    player.ears.setMono(c.mono)
    ambient.setLevel(c.safePlace ? 0 : c.ambient)
  }
  applyComfort()
  const unfollowComfort = useComfort.subscribe((c, prev) => {
    if (c.safePlace && !prev.safePlace) player.stop()
    applyComfort()
  })

  const unsubscribe = player.store.subscribe((state, previous) => {
    const speaking = isSpeaking(state.status)
    if (speaking !== isSpeaking(previous.status)) ambient.duck(speaking)
  })

  return {
    ctx,
    player,
    ambient,
    setListener: (position, forward, up) => setListenerPose(ctx.listener, position, forward, up),
    dispose() {
      forget()
      unsubscribe()
      unfollowComfort()
      window.removeEventListener('pointerdown', resumeOnGesture)
      window.removeEventListener('keydown', resumeOnGesture)
      ambient.stop()
      player.dispose()
      releaseSession()
    },
  }
}
