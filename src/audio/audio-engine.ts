import { Howler } from 'howler'
import { useComfort } from '../state/comfort'
import { onStartOver } from '../state/start-over'
import { AmbientBed } from './ambient-bed'
import { declarePlaybackSession, isAppleTouchDevice, type SessionNavigator } from './audio-session'
import { setListenerPose, type XYZ } from './spatial'
import { isSpeaking, TestimonyPlayer } from './testimony-player'

export interface AudioEngine {
  readonly ctx: AudioContext
  readonly player: TestimonyPlayer
  readonly ambient: AmbientBed
  /** Called every frame with the camera or headset pose; allocates nothing. */
  setListener(position: XYZ, forward: XYZ, up: XYZ): void
  /** In the Begin tap: lets the context sound (browsers allow that only inside a user gesture). Cheap. */
  unlock(): void
  dispose(): void
}

/**
 * Whether the graph may be built before the Begin tap, so that the tap itself only has to unlock it: in Chromium and
 * Firefox. Not in WebKit (Safari, every browser on an iPhone, WebKitGTK): there a context made before the gesture
 * left the first voices standing still for seconds (tests/webkit), and on iOS without the Audio Session API the
 * silent-element fallback must start inside the tap.
 */
export function canPrepareBeforeTap(nav: SessionNavigator): boolean {
  return !isWebKitEngine(nav) && (Boolean(nav.audioSession) || !isAppleTouchDevice(nav))
}

/**
 * WebKit's engine, whatever the browser calls itself: Blink also says "AppleWebKit" but adds "Chrome/"; every iOS
 * browser (CriOS, FxiOS, EdgiOS) is WebKit. (WebKit no longer has the `webkitAudioContext` alias to tell it by.)
 */
export function isWebKitEngine(nav: SessionNavigator): boolean {
  if (isAppleTouchDevice(nav)) return true
  return /AppleWebKit\//.test(nav.userAgent) && !/\b(Chrome|Chromium|HeadlessChrome)\//.test(nav.userAgent)
}

/**
 * Creates the page's one AudioContext and its graph. Call it from the Begin tap, or before it where
 * canPrepareBeforeTap() allows (the context then waits suspended until unlock() in the tap):
 * iOS only lets audio start inside a user gesture, and takes the page's audio session from the first sound.
 */
export function createAudioEngine(host: HTMLElement, base = '/'): AudioEngine {
  // Before the context exists: an iPhone on silent would otherwise mute every voice.
  const releaseSession = declarePlaybackSession(navigator, host.ownerDocument)
  // howler's shared context and master gain; it must not suspend the context while a visitor reads a card.
  Howler.autoSuspend = false
  Howler.volume(1) // creates Howler.ctx and its master gain
  const ctx = Howler.ctx
  const master = Howler.masterGain
  const unlock = () => {
    if (ctx.state !== 'running') void ctx.resume().catch(() => undefined)
    // Older iOS unlocks Web Audio only once a sound was started inside a gesture: one silent sample.
    const blip = ctx.createBufferSource()
    blip.buffer = ctx.createBuffer(1, 1, ctx.sampleRate)
    blip.connect(master)
    blip.onended = () => blip.disconnect()
    blip.start()
  }
  unlock()
  const player = new TestimonyPlayer(ctx, master, host, base)
  const ambient = new AmbientBed({ ctx: () => ctx, destination: () => master })

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
    unlock,
    dispose() {
      forget()
      unsubscribe()
      unfollowComfort()
      window.removeEventListener('pointerdown', resumeOnGesture)
      window.removeEventListener('keydown', resumeOnGesture)
      ambient.stop()
      player.dispose()
      releaseSession()
      // howler's context is the page's for its life; a page that builds a new engine reuses it
    },
  }
}
