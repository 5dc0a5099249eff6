import { OfflineAudioContext } from 'node-web-audio-api'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { declarePlaybackSession, isAppleTouchDevice, silentWav } from '../../src/audio/audio-session'
import { STALL_MS } from '../../src/audio/progress-watch'
import { FIRST_AHEAD_MS, GIVE_UP_MS, START_RESCUE_MS, TestimonyPlayer } from '../../src/audio/testimony-player'
import { voiceWaiting } from '../../src/audio/voice-first'

/** A media element as far as the player uses one: it plays when told, and its time moves only when the test says. */
class FakeMedia extends EventTarget {
  dataset: Record<string, string> = {}
  preload = ''
  crossOrigin: string | null = null
  src = ''
  loop = false
  currentTime = 0
  /** Downloaded up to this media time, s. */
  bufferedTo = 0
  readyState = 4
  get buffered() {
    const end = this.bufferedTo
    return { length: end > 0 ? 1 : 0, start: () => 0, end: () => end }
  }
  paused = true
  ended = false
  error: MediaError | null = null
  removed = false
  loads = 0
  plays = 0
  canPlayType(type: string) {
    return type.includes('opus') ? 'probably' : ''
  }
  play() {
    this.plays++
    this.paused = false
    return Promise.resolve()
  }
  pause() {
    if (this.paused) return
    this.paused = true
    this.dispatchEvent(new Event('pause'))
  }
  load() {
    this.loads++
  }
  removeAttribute(name: string) {
    if (name === 'src') this.src = ''
  }
  setAttribute() {}
  remove() {
    this.removed = true
  }
}

/** A document that makes fake media elements and remembers them in order. */
function fakeHost() {
  const made: FakeMedia[] = []
  const appended: FakeMedia[] = []
  const doc = {
    createElement: () => {
      const el = new FakeMedia()
      made.push(el)
      return el
    },
    body: { appendChild: (el: FakeMedia) => appended.push(el) },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    visibilityState: 'visible',
  }
  const host = { ownerDocument: doc, appendChild: (el: FakeMedia) => appended.push(el) }
  return { host: host as unknown as HTMLElement, doc: doc as unknown as Document, made, appended }
}

/** A real Web Audio graph for the panner; the media element's source node stands in as a gain node. */
function fakeContext() {
  const ctx = new OfflineAudioContext(2, 4410, 44100)
  const wrapped = {
    state: 'running',
    resume: () => Promise.resolve(),
    createPanner: () => ctx.createPanner(),
    createMediaElementSource: () => ctx.createGain(),
  }
  return { ctx: wrapped as unknown as AudioContext, destination: ctx.destination as unknown as AudioNode }
}

const SOURCES = { opus: 'audio/window.webm', aac: 'audio/window.m4a' }
const AT = { x: 0, y: 1.6, z: -1 }

describe('the testimony player in a stall', () => {
  let player: TestimonyPlayer
  let media: FakeMedia
  let made: FakeMedia[]

  beforeEach(() => {
    vi.useFakeTimers()
    const { host, made: elements } = fakeHost()
    const { ctx, destination } = fakeContext()
    player = new TestimonyPlayer(ctx, destination, host, '/', { setTimeout, clearTimeout, now: () => Date.now() })
    made = elements
    media = elements[0]!
  })
  afterEach(() => {
    player.dispose()
    vi.useRealTimers()
  })

  /** The media element plays on: its time moves with the clock. */
  const playFor = (ms: number) => {
    for (let t = 0; t < ms; t += 20) {
      media.currentTime += 0.02
      vi.advanceTimersByTime(20)
    }
  }

  /** WebKit: the element still says it plays, no event comes, and the time stands still; then it moves on. */
  const expectStallShownAsLoading = () => {
    vi.advanceTimersByTime(500) // on screen within half a second of the silence
    expect(media.paused).toBe(false)
    expect(player.store.getState().status).toBe('loading')
    playFor(200)
    expect(player.store.getState().status).toBe('playing')
  }

  it('opens again, once, a voice that stands at its start with its first seconds downloaded; not one still loading', () => {
    // The element holds the first frames and 10 s ahead, and does not start.
    player.play('window', SOURCES, AT)
    media.readyState = 2
    media.bufferedTo = 10
    vi.advanceTimersByTime(START_RESCUE_MS - 100)
    expect(media.loads).toBe(0)
    vi.advanceTimersByTime(100)
    expect(media.loads).toBe(1)
    expect(media.plays).toBe(2)
    expect(player.store.getState().status).toBe('loading')
    // Once per start: if it still does not move, the give-up names it as before.
    vi.advanceTimersByTime(GIVE_UP_MS)
    expect(media.loads).toBe(1)
    expect(player.store.getState().status).toBe('error')

    // Another voice waiting for its data (nothing downloaded yet) is left to arrive.
    player.play('door', { opus: 'audio/door.webm', aac: 'audio/door.m4a' }, AT)
    media.readyState = 1
    media.bufferedTo = 0
    vi.advanceTimersByTime(START_RESCUE_MS * 2)
    expect(media.loads).toBe(1)
  })

  it('reports a voice that stands still as loading, and playing again once it moves', () => {
    player.play('window', SOURCES, AT)
    expect(player.store.getState().status).toBe('loading')
    media.dispatchEvent(new Event('playing'))
    expect(player.store.getState().status).toBe('playing')
    playFor(1000)
    expect(player.store.getState().status).toBe('playing')
    expectStallShownAsLoading()
  })

  it('a testimony that freezes at its start after another one played shows as loading too', () => {
    player.play('window', SOURCES, AT)
    media.dispatchEvent(new Event('playing'))
    playFor(300)
    player.play('door', { opus: 'audio/door.webm', aac: 'audio/door.m4a' }, AT)
    media.currentTime = 0
    vi.advanceTimersByTime(STALL_MS * 2) // opening the recording
    media.dispatchEvent(new Event('playing'))
    expect(player.store.getState().status).toBe('playing')
    expectStallShownAsLoading()
  })

  it('a pause is a pause, not a stall', () => {
    player.play('window', SOURCES, AT)
    media.dispatchEvent(new Event('playing'))
    playFor(300)
    player.pause()
    vi.advanceTimersByTime(STALL_MS * 4)
    expect(player.store.getState().status).toBe('paused')
  })

  it('goes from playing to ended at the end of a recording, never through paused', () => {
    player.play('window', SOURCES, AT)
    media.dispatchEvent(new Event('playing'))
    playFor(300)
    const seen: string[] = []
    const off = player.store.subscribe((s) => seen.push(s.status))
    // As a browser does at the end: the element pauses (its "pause" event), then says it has ended.
    media.ended = true
    media.paused = true
    media.dispatchEvent(new Event('pause'))
    media.dispatchEvent(new Event('ended'))
    off()
    expect(seen).toEqual(['ended'])
  })

  const DOOR = { opus: 'audio/door.webm', aac: 'audio/door.m4a' }
  const BUNK = { opus: 'audio/bunk.webm', aac: 'audio/bunk.m4a' }
  /** Lets the player's awaited turns run (it waits on promises, not timers). */
  const settle = () => vi.advanceTimersByTimeAsync(0)

  it("opens each of a cell's recordings ahead, in turn, in an element of its own; the playing one gets its source at play()", async () => {
    player.prepare([SOURCES, DOOR])
    const warm = made[1]!
    expect(warm.src).toBe('/audio/window.webm')
    expect(warm.preload).toBe('metadata')
    // The element routed through Web Audio is not loaded ahead: WebKit would freeze it at the first play.
    expect(media.src).toBe('')
    expect(media.loads).toBe(0)

    player.play('window', SOURCES, AT)
    expect(media.src).toBe('/audio/window.webm')
    expect(media.plays).toBe(1)
    // The early opening gives the connection to the voice, and the next recording waits while the voice waits…
    expect(warm.src).toBe('')
    await settle()
    expect(warm.src).toBe('')
    // …and is opened once the voice is heard; then the early opening lets go.
    media.dispatchEvent(new Event('playing'))
    await settle()
    expect(warm.src).toBe('/audio/door.webm')
    warm.dispatchEvent(new Event('loadedmetadata'))
    await settle()
    expect(warm.src).toBe('')
    expect(warm.plays).toBe(0)
    expect(made).toHaveLength(2)
  })

  it('the recording most likely tapped first goes before what can wait, for a few seconds at most', async () => {
    player.prepare([SOURCES, DOOR])
    // the room's textures and room tone wait while its beginning is opened…
    expect(voiceWaiting()).toBe(true)
    made[1]!.dispatchEvent(new Event('loadedmetadata'))
    await settle()
    expect(voiceWaiting()).toBe(false)
    player.release()
    // …and not for ever where it does not come
    player.prepare([SOURCES, DOOR])
    expect(voiceWaiting()).toBe(true)
    vi.advanceTimersByTime(FIRST_AHEAD_MS)
    expect(voiceWaiting()).toBe(false)
  })

  it('a tap on another recording takes the connection from the one being opened ahead, which goes on after the voice', async () => {
    player.prepare([SOURCES, DOOR, BUNK])
    const warm = made[1]!
    warm.dispatchEvent(new Event('loadedmetadata'))
    await settle()
    expect(warm.src).toBe('/audio/door.webm')

    player.play('bunk', BUNK, AT)
    expect(voiceWaiting()).toBe(true)
    expect(warm.src).toBe('')
    await settle()
    expect(warm.src).toBe('')
    media.dispatchEvent(new Event('playing'))
    expect(voiceWaiting()).toBe(false)
    await settle()
    expect(warm.src).toBe('/audio/door.webm')
    // the one that plays is not opened again
    warm.dispatchEvent(new Event('loadedmetadata'))
    await settle()
    expect(warm.src).toBe('')
  })

  it('Stop silences the voice but keeps its recording open; the same one plays again from the start, unreloaded', () => {
    player.play('window', SOURCES, AT)
    media.dispatchEvent(new Event('playing'))
    playFor(2000)
    player.stop()
    expect(player.store.getState()).toMatchObject({ testimonyId: null, status: 'idle' })
    expect(media.paused).toBe(true)
    expect(media.src).toBe('/audio/window.webm')
    const loads = media.loads

    player.play('window', SOURCES, AT)
    expect(media.currentTime).toBe(0)
    expect(media.plays).toBe(2)
    expect(media.loads).toBe(loads)
    expect(player.store.getState()).toMatchObject({ testimonyId: 'window', status: 'loading' })
  })

  it('release lets go of the recording (leaving the cell, the next visitor)', () => {
    player.play('window', SOURCES, AT)
    player.prepare([{ opus: 'audio/door.webm', aac: 'audio/door.m4a' }])
    player.release()
    expect(media.paused).toBe(true)
    expect(media.src).toBe('')
    expect(made[1]!.src).toBe('')
    expect(player.store.getState().status).toBe('idle')
  })
})

describe('the audio session', () => {
  const iPhone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_1 like Mac OS X) AppleWebKit/605.1.15 Version/16.1 Safari/604.1'
  const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36'

  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('is declared "playback" in the Begin tap before the AudioContext starts', async () => {
    const order: string[] = []
    const audioSession = {
      set type(value: string) {
        order.push(`session=${value}`)
      },
    }
    // The engine creates the page's one context itself.
    const real = new OfflineAudioContext(2, 4410, 44100)
    vi.stubGlobal(
      'AudioContext',
      class {
        state = 'suspended'
        sampleRate = 44100
        currentTime = 0
        destination = real.destination
        listener = real.listener
        constructor() {
          order.push('new AudioContext')
        }
        resume() {
          order.push('resume')
          return Promise.resolve()
        }
        close = () => Promise.resolve()
        createGain = () => real.createGain()
        createBuffer = (...a: [number, number, number]) => real.createBuffer(...a)
        createBufferSource = () => real.createBufferSource()
        createPanner = () => real.createPanner()
        createMediaElementSource = () => real.createGain()
      },
    )
    const { host } = fakeHost()
    vi.stubGlobal('navigator', { userAgent: iPhone, audioSession })
    vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined })
    const { createAudioEngine } = await import('../../src/audio/audio-engine')

    const engine = createAudioEngine(host)
    expect(order).toEqual(['session=playback', 'new AudioContext', 'resume'])
    engine.dispose()
  })

  it('is built before the Begin tap in Chromium and Firefox, never in WebKit', async () => {
    const { canPrepareBeforeTap } = await import('../../src/audio/audio-engine')
    expect(canPrepareBeforeTap({ userAgent: android })).toBe(true)
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'
    expect(canPrepareBeforeTap({ userAgent: firefox })).toBe(true)
    const edge =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0'
    expect(canPrepareBeforeTap({ userAgent: edge })).toBe(true)
    // WebKit: Safari on a Mac, WebKitGTK, and every browser on an iPhone, with or without the Audio Session API.
    const safari =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15'
    expect(canPrepareBeforeTap({ userAgent: safari, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(false)
    const gtk = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15'
    expect(canPrepareBeforeTap({ userAgent: gtk })).toBe(false)
    const chromeOnIPhone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0 Mobile/15E148 Safari/604.1'
    expect(canPrepareBeforeTap({ userAgent: chromeOnIPhone, audioSession: { type: 'auto' } })).toBe(false)
    expect(canPrepareBeforeTap({ userAgent: iPhone, audioSession: { type: 'auto' } })).toBe(false)
    // The silent-element fallback must start inside the tap itself.
    expect(canPrepareBeforeTap({ userAgent: iPhone })).toBe(false)
    expect(canPrepareBeforeTap({ userAgent: 'Mozilla/5.0 (Macintosh)', platform: 'MacIntel', maxTouchPoints: 5 })).toBe(
      false,
    )
  })

  it('on iOS without the API, plays a looping silent element from the site itself; nowhere else', () => {
    const urls: string[] = []
    vi.stubGlobal('URL', { createObjectURL: () => (urls.push('blob:x'), 'blob:x'), revokeObjectURL: () => undefined })
    const old = fakeHost()
    const release = declarePlaybackSession({ userAgent: iPhone }, old.doc)
    expect(old.appended).toHaveLength(1)
    const silence = old.appended[0]!
    expect(silence.loop).toBe(true)
    expect(silence.src).toBe('blob:x') // the CSP allows media from blob:, not data:
    expect(silence.plays).toBe(1)
    release()
    expect(silence.removed).toBe(true)

    const session = { type: 'auto' }
    const recent = fakeHost()
    declarePlaybackSession({ userAgent: iPhone, audioSession: session }, recent.doc)
    expect(session.type).toBe('playback')
    expect(recent.appended).toHaveLength(0)

    const other = fakeHost()
    declarePlaybackSession({ userAgent: android }, other.doc)
    expect(other.appended).toHaveLength(0)
    expect(urls).toHaveLength(1)
  })

  it('never throws, whatever the browser does', () => {
    const throwing = {
      userAgent: iPhone,
      get audioSession(): { type: string } {
        throw new Error('not allowed')
      },
    }
    expect(() => declarePlaybackSession(throwing, fakeHost().doc)).not.toThrow()
  })

  it('knows an iPad that calls itself a Mac, and writes a valid silent WAV', () => {
    expect(isAppleTouchDevice({ userAgent: 'Mozilla/5.0 (Macintosh)', platform: 'MacIntel', maxTouchPoints: 5 })).toBe(
      true,
    )
    expect(isAppleTouchDevice({ userAgent: 'Mozilla/5.0 (Macintosh)', platform: 'MacIntel', maxTouchPoints: 0 })).toBe(
      false,
    )
    const wav = silentWav(48_000, 0.25)
    const view = new DataView(wav.buffer)
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF')
    expect(view.getUint32(24, true)).toBe(48_000)
    expect(view.getUint32(40, true)).toBe(12_000 * 2)
    expect(wav.subarray(44).every((b) => b === 0)).toBe(true)
  })
})

describe('a voice that does not come, or stops short', () => {
  let player: TestimonyPlayer
  let media: FakeMedia

  beforeEach(() => {
    vi.useFakeTimers()
    const { host, made } = fakeHost()
    const { ctx, destination } = fakeContext()
    player = new TestimonyPlayer(ctx, destination, host, '/', { setTimeout, clearTimeout, now: () => Date.now() })
    media = made[0]!
  })
  afterEach(() => {
    player.dispose()
    vi.useRealTimers()
  })

  /** The media element plays on: its time moves with the clock. */
  const playFor = (ms: number) => {
    for (let t = 0; t < ms; t += 20) {
      media.currentTime += 0.02
      vi.advanceTimersByTime(20)
    }
  }

  it('is given up with an error naming the file after a while, and a retry starts it again', () => {
    player.play('window', SOURCES, AT, 60)
    vi.advanceTimersByTime(GIVE_UP_MS - 1000)
    expect(player.store.getState().status).toBe('loading')
    vi.advanceTimersByTime(1000)
    expect(player.store.getState()).toMatchObject({
      status: 'error',
      error: { kind: 'stalled', file: 'audio/window.webm' },
    })
    const loads = media.src
    player.play('window', SOURCES, AT, 60)
    expect(player.store.getState().status).toBe('loading')
    expect(media.src).toBe(loads)
    expect(media.plays).toBe(2)
  })

  it('a retry after a voice stopped coming goes on from where it stopped', () => {
    player.play('window', SOURCES, AT, 60)
    media.dispatchEvent(new Event('playing'))
    media.currentTime = 12.5
    media.dispatchEvent(new Event('waiting'))
    vi.advanceTimersByTime(GIVE_UP_MS)
    expect(player.store.getState().status).toBe('error')
    player.play('window', SOURCES, AT, 60)
    expect(media.src).toBe('/audio/window.webm#t=12.50')
    expect(player.store.getState().status).toBe('loading')
  })

  it('a voice chosen again while it speaks goes on speaking, in the playing state, and is never given up', () => {
    player.play('window', SOURCES, AT, 60)
    media.dispatchEvent(new Event('playing'))
    for (const taps of [1, 2, 50]) {
      for (let i = 0; i < taps; i++) player.play('window', SOURCES, AT, 60)
      expect(player.store.getState().status).toBe('playing')
      expect(media.paused).toBe(false)
    }
    // Its time moves on with the clock, past the give-up: still playing, no error.
    for (let t = 0; t < GIVE_UP_MS + 5000; t += 100) {
      media.currentTime += 0.1
      vi.advanceTimersByTime(100)
    }
    expect(player.store.getState()).toMatchObject({ status: 'playing', error: null })
    expect(media.plays).toBe(1)
  })

  it('a voice whose data still arrives, slowly, is waited for; one whose data stopped is given up', () => {
    player.play('window', SOURCES, AT, 60)
    // Bytes keep coming every few seconds, but not yet enough to start: no give-up while they do.
    for (let t = 0; t < GIVE_UP_MS * 3; t += 3000) {
      vi.advanceTimersByTime(3000)
      media.dispatchEvent(new Event('progress'))
    }
    expect(player.store.getState().status).toBe('loading')
    vi.advanceTimersByTime(GIVE_UP_MS)
    expect(player.store.getState()).toMatchObject({ status: 'error', error: { kind: 'stalled' } })
  })

  it('a recording that ends well before its stated duration is reported as incomplete', () => {
    player.play('window', SOURCES, AT, 60)
    media.dispatchEvent(new Event('playing'))
    playFor(12_200)
    media.dispatchEvent(new Event('ended'))
    expect(player.store.getState()).toMatchObject({
      status: 'error',
      error: { kind: 'incomplete', file: 'audio/window.webm', heard: 12, expected: 60 },
    })
    player.play('window', SOURCES, AT, 60)
    media.currentTime = 0
    media.dispatchEvent(new Event('playing'))
    playFor(59_400)
    media.dispatchEvent(new Event('ended'))
    expect(player.store.getState().status).toBe('ended')
  })

  it('a recording cut short whose time jumps to its stated end when its data stops (Chromium, WebM) is incomplete too', () => {
    player.play('window', SOURCES, AT, 60)
    media.dispatchEvent(new Event('playing'))
    for (let t = 0; t < 6000; t += 250) {
      playFor(250)
      media.dispatchEvent(new Event('timeupdate'))
    }
    // the data stops: the element sets its time to the duration its header states, and ends
    media.currentTime = 60
    media.dispatchEvent(new Event('timeupdate'))
    media.dispatchEvent(new Event('ended'))
    expect(player.store.getState()).toMatchObject({ status: 'error', error: { kind: 'incomplete', heard: 6 } })
    // a jump the visitor made is a seek: from there on, the time is followed again
    player.play('window', SOURCES, AT, 60)
    media.currentTime = 0
    media.dispatchEvent(new Event('playing'))
    playFor(1000)
    media.currentTime = 58
    media.dispatchEvent(new Event('seeked'))
    playFor(2000)
    media.dispatchEvent(new Event('timeupdate'))
    media.dispatchEvent(new Event('ended'))
    expect(player.store.getState().status).toBe('ended')
  })
})
