import { createStore, type StoreApi } from 'zustand/vanilla'
import type { AudioSources } from '../content/schema'
import { systemClock, type Clock } from '../state/clock'
import { afterVoice, holdForVoice, voiceWaiting } from './voice-first'
import { chooseSource } from './codec'
import { watchProgress } from './progress-watch'
import { createSpeechPanner, EarRouting, setPannerPosition, type XYZ } from './spatial'

export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error'

/**
 * What went wrong with a recording, naming its file; the interface says it in the visitor's language
 * (problem-text.ts). `stalled`: nothing arrives (the connection); `incomplete`: it ended `heard` s into the
 * `expected` s the content states.
 */
export type PlaybackProblem =
  | { kind: 'unplayable' | 'stalled'; file: string }
  | { kind: 'incomplete'; file: string; heard: number; expected: number }

export interface PlaybackState {
  /** The testimony loaded into the player, or null when stopped. */
  testimonyId: string | null
  status: PlaybackStatus
  /** What failed, when status is "error". */
  error: PlaybackProblem | null
}

/** A voice is speaking, or about to: loading counts, so a tap never feels ignored and nothing interrupts it. */
export function isSpeaking(status: PlaybackStatus): boolean {
  return status === 'playing' || status === 'loading'
}

/** A voice still not coming after this long is given up with an error the visitor can retry (the network is gone). */
export const GIVE_UP_MS = 15_000

/** Buffered beyond the current time, s, for a voice standing at its start to count as the pipeline's, not the network's. */
const RESCUE_AHEAD_S = 1

/** Seconds downloaded beyond the element's current time, in the buffered range that holds it. */
function bufferedAhead(media: HTMLMediaElement): number {
  const t = media.currentTime
  const ranges = media.buffered
  for (let i = 0; i < (ranges?.length ?? 0); i++)
    if (ranges.start(i) <= t && t <= ranges.end(i)) return ranges.end(i) - t
  return 0
}

/**
 * A voice that has not moved from where it was started this long after the tap, although its element holds the
 * first frames and the next seconds are downloaded, is opened again once (seen in WebKit: the first voice of a visit
 * at 0.00 s with `readyState` 2 until the give-up; the same voice played at once when opened again).
 */
export const START_RESCUE_MS = 3000

/** How long the recording most likely tapped first may keep the room's textures and room tone waiting, ms. */
export const FIRST_AHEAD_MS = 4000

/** The element that opens recordings ahead (TestimonyPlayer.prepare). */
interface Warm {
  element: HTMLAudioElement
  /** The file it is opening now, if any. */
  opening: string | null
  /** A voice was tapped: `file` needs no opening ahead, and the file being opened, if another, waits its turn again. */
  yieldTo(file: string): void
  stop(): void
}

/** A recording may end this much before the duration its content states (encoders round) before it counts as cut. */
const SHORT_BY_S = 1.5

const IDLE: PlaybackState = { testimonyId: null, status: 'idle', error: null }

/**
 * Plays one testimony at a time from a point in space.
 * A single streaming media element is routed through the shared AudioContext into an HRTF panner, so long
 * recordings are never decoded whole and the graph never grows: each testimony reuses the same nodes.
 * The status says `playing` only while the voice moves on: a recording that stands still shows as `loading`.
 */
export class TestimonyPlayer {
  readonly element: HTMLAudioElement
  readonly panner: PannerNode
  /** Stereo as panned, or mono for one-ear hearing. */
  readonly ears: EarRouting
  readonly store: StoreApi<PlaybackState> = createStore<PlaybackState>(() => IDLE)
  private readonly source: MediaElementAudioSourceNode
  private readonly removeListeners: () => void
  private currentFile = ''
  /** Recordings opened ahead by prepare(), in an element of its own that is never routed or played. */
  private warm: Warm | null = null
  /** Set while a voice waits for its data: what can wait on the connection does (voice-first.ts). */
  private holding: (() => void) | null = null
  private stopWatch: (() => void) | null = null
  /** The duration the content states for what is playing, to notice a recording cut short. */
  private expected = 0
  private giveUp: unknown = null
  private rescue: unknown = null
  /** Media time the current play() started from, and whether that start was already opened again. */
  private startedFrom = 0
  private rescued = false
  private readonly stopFollowing: () => void

  constructor(
    private readonly ctx: AudioContext,
    destination: AudioNode,
    /** Where the media element lives in the DOM, so integrators and tests can find it. */
    private readonly host: HTMLElement,
    private readonly base = '/',
    private readonly clock: Clock = systemClock,
  ) {
    const element = host.ownerDocument.createElement('audio')
    element.dataset.role = 'testimony-audio'
    element.preload = 'auto'
    element.crossOrigin = 'anonymous' // a MediaElementAudioSourceNode outputs silence for opaque media
    host.appendChild(element)
    this.element = element
    this.source = ctx.createMediaElementSource(element)
    this.panner = createSpeechPanner(ctx)
    this.source.connect(this.panner)
    this.ears = new EarRouting(this.panner, destination)

    const set = (patch: Partial<PlaybackState>) => this.store.setState(patch)
    const onPlaying = () => {
      this.markHeard()
      set({ status: 'playing', error: null })
      // From here the voice must move: the watch starts afresh for each start and each recovery.
      this.unwatch()
      this.watch()
    }
    const onWaiting = () => set({ status: 'loading' })
    const onProgress = () => {
      if (this.giveUp !== null && this.store.getState().status === 'loading') this.armGiveUp()
    }
    const onPause = () => {
      this.unwatch()
      // At the end the element pauses first and then ends: that is not a pause (a screen reader would say both).
      if (this.element.ended) return
      const { status } = this.store.getState()
      if (isSpeaking(status)) set({ status: 'paused' })
    }
    const onEnded = () => {
      this.unwatch()
      const heard = this.heardTo()
      if (this.expected > 0 && heard < this.expected - SHORT_BY_S)
        set({
          status: 'error',
          error: {
            kind: 'incomplete',
            file: this.currentFile,
            heard: Math.round(heard),
            expected: Math.round(this.expected),
          },
        })
      else set({ status: 'ended' })
    }
    const onError = () => {
      this.unwatch()
      if (!this.store.getState().testimonyId) return
      set({ status: 'error', error: { kind: 'unplayable', file: this.currentFile } })
    }
    const onTimeUpdate = () => this.followHeard()
    const onSeeked = () => this.markHeard()
    element.addEventListener('playing', onPlaying)
    element.addEventListener('timeupdate', onTimeUpdate)
    element.addEventListener('seeked', onSeeked)
    element.addEventListener('waiting', onWaiting)
    element.addEventListener('progress', onProgress)
    element.addEventListener('pause', onPause)
    element.addEventListener('ended', onEnded)
    element.addEventListener('error', onError)
    // Loading that lasts is a voice that is not coming: say so, and let the visitor try again (play() reloads).
    this.stopFollowing = this.store.subscribe((state, prev) => {
      const waiting = state.status === 'loading' && state.testimonyId !== null
      if (waiting) this.holding ??= holdForVoice()
      else {
        this.holding?.()
        this.holding = null
      }
      if (state.status === prev.status && state.testimonyId === prev.testimonyId) return
      if (this.giveUp !== null) this.clock.clearTimeout(this.giveUp)
      this.giveUp = null
      if (this.rescue !== null) this.clock.clearTimeout(this.rescue)
      this.rescue = null
      if (state.status !== 'loading' || !state.testimonyId) return
      this.rescue = this.clock.setTimeout(() => {
        this.rescue = null
        this.rescueStart()
      }, START_RESCUE_MS)
      this.armGiveUp()
    })
    this.removeListeners = () => {
      element.removeEventListener('playing', onPlaying)
      element.removeEventListener('timeupdate', onTimeUpdate)
      element.removeEventListener('seeked', onSeeked)
      element.removeEventListener('waiting', onWaiting)
      element.removeEventListener('progress', onProgress)
      element.removeEventListener('pause', onPause)
      element.removeEventListener('ended', onEnded)
      element.removeEventListener('error', onError)
    }
  }

  /**
   * Where the voice has been heard to: media time and the clock then. A recording cut short may end with its time set
   * to the duration its header states (Chromium, WebM), a jump no listener heard; the time is followed only as fast
   * as it can play, from each start and each seek.
   */
  private heard: { media: number; at: number } | null = null

  private markHeard(): void {
    this.heard = { media: this.element.currentTime, at: this.clock.now() }
  }

  private followHeard(): void {
    const t = this.element.currentTime
    if (!this.heard) return this.markHeard()
    const playable = this.heard.media + ((this.clock.now() - this.heard.at) / 1000) * this.rate() + 1
    if (t <= playable) this.heard = { media: t, at: this.clock.now() }
  }

  private rate(): number {
    return this.element.playbackRate || 1
  }

  /** How far the voice was heard when it ended: its time, or less where it jumped there (followHeard). */
  private heardTo(): number {
    const t = this.element.currentTime
    if (!this.heard) return t
    const since = ((this.clock.now() - this.heard.at) / 1000) * this.rate()
    return Math.min(t, this.heard.media + since)
  }

  /**
   * Gives a waiting voice up after {@link GIVE_UP_MS} with an error the visitor can retry; bytes that still arrive
   * (`progress`) start the wait again, so a recording that comes slowly is never given up on.
   */
  private armGiveUp(): void {
    if (this.giveUp !== null) this.clock.clearTimeout(this.giveUp)
    this.giveUp = this.clock.setTimeout(() => {
      this.giveUp = null
      if (this.store.getState().status !== 'loading') return
      this.element.pause()
      this.store.setState({ status: 'error', error: { kind: 'stalled', file: this.currentFile } })
    }, GIVE_UP_MS)
  }

  /**
   * Starts a testimony from its world position; any other testimony stops first.
   * @param from seconds into the recording to start at (a shared link's moment, a part's start); given for the one
   * already playing, it moves there @default its beginning
   */
  play(id: string, sources: AudioSources, position: XYZ, expectedDuration = 0, from?: number): void {
    setPannerPosition(this.panner, position)
    this.expected = expectedDuration
    if (this.ctx.state !== 'running') void this.ctx.resume().catch(() => undefined)
    if (this.store.getState().testimonyId === id && this.store.getState().status !== 'error') {
      if (from !== undefined) this.element.currentTime = from
      if (this.element.ended) this.element.currentTime = 0
      // Chosen again while it speaks (or waits for its data): it goes on as it is, in the state it is in.
      else if (!this.element.paused) return
      this.resume()
      return
    }
    const file = chooseSource(sources, (type) => this.element.canPlayType(type))
    // Trying again after an error asks the server afresh, from where the voice stopped (a connection just below the
    // recording's rate must not send the visitor back to its beginning); one that ended short starts over.
    const retry = this.store.getState().testimonyId === id
    const resumeAt = retry && !this.element.ended ? this.element.currentTime : (from ?? 0)
    this.startedFrom = resumeAt
    this.rescued = false
    this.heard = null
    this.store.setState({ testimonyId: id, status: 'loading', error: null })
    this.warm?.yieldTo(file)
    this.unwatch()
    if (file !== this.currentFile || this.element.error || retry) {
      this.currentFile = file
      // A temporal media fragment: both engines start there once the metadata is in; the server never sees it.
      this.element.src = this.base + file + (resumeAt > 0 ? `#t=${resumeAt.toFixed(2)}` : '')
    } else if (this.element.currentTime !== resumeAt) this.element.currentTime = resumeAt
    this.element.play().catch((e: unknown) => {
      // AbortError: a newer play() or stop() replaced this one.
      if (e instanceof DOMException && e.name === 'AbortError') return
      if (this.store.getState().testimonyId !== id) return
      const blocked = e instanceof DOMException && e.name === 'NotAllowedError'
      this.store.setState({
        status: blocked ? 'paused' : 'error',
        error: blocked ? null : { kind: 'unplayable', file: this.currentFile },
      })
    })
  }

  /**
   * Opens the beginning of each recording in turn without playing it, so every tap starts speech at once (a recording
   * whose header the browser holds starts in milliseconds; one opened cold takes a round trip or more, and the first
   * media pipeline of a page several hundred milliseconds). The first of `list` is the one the visitor is most likely
   * to tap: it is opened at once and goes before the room's textures and its room tone (for at most
   * {@link FIRST_AHEAD_MS}); the others follow one at a time, never while a voice waits for its data, and a tap
   * takes the connection from the one being opened. One element of its own goes through the list
   * and lets go at the end: in WebKit a media element loaded ahead and then played through Web Audio stands still for
   * seconds, while one given its source at the first play() does not.
   */
  prepare(list: readonly AudioSources[]): void {
    this.releaseWarm()
    const canPlay = (type: string) => this.element.canPlayType(type)
    const files = [...new Set(list.map((sources) => chooseSource(sources, canPlay)))]
    const element = this.host.ownerDocument.createElement('audio')
    element.preload = 'metadata'
    element.crossOrigin = 'anonymous' // the same request mode as the playing element, so the cache serves both
    let first = true
    let release: (() => void) | null = null
    let cap: unknown = null
    const letGo = () => {
      release?.()
      release = null
      if (cap !== null) this.clock.clearTimeout(cap)
      cap = null
    }
    const next = async () => {
      letGo()
      warm.opening = null
      if (!first || voiceWaiting()) await afterVoice()
      if (this.warm !== warm) return
      const file = files.shift()
      if (file === undefined) return this.releaseWarm()
      if (file === this.currentFile) {
        first = false
        return next()
      }
      if (first) {
        release = holdForVoice()
        cap = this.clock.setTimeout(letGo, FIRST_AHEAD_MS)
      }
      first = false
      warm.opening = file
      element.src = this.base + file
    }
    const onDone = () => void next()
    element.addEventListener('loadedmetadata', onDone)
    element.addEventListener('error', onDone)
    const warm: Warm = {
      element,
      opening: null,
      yieldTo: (file) => {
        const at = files.indexOf(file)
        if (at >= 0) files.splice(at, 1)
        // the one being opened gives the connection up (the tapped one too: the voice asks for it itself)
        if (warm.opening === null) return
        if (warm.opening !== file) files.unshift(warm.opening)
        element.removeAttribute('src')
        element.load()
        void next()
      },
      stop: () => {
        letGo()
        element.removeEventListener('loadedmetadata', onDone)
        element.removeEventListener('error', onDone)
      },
    }
    this.warm = warm
    void next()
  }

  private releaseWarm(): void {
    if (!this.warm) return
    const { element, stop } = this.warm
    this.warm = null
    stop()
    element.removeAttribute('src')
    element.load()
  }

  /** While the element plays, a voice that stands still shows as loading until it moves again. */
  private watch(): void {
    this.stopWatch ??= watchProgress(this.element, this.clock, (advancing) => {
      const { testimonyId, status } = this.store.getState()
      if (!testimonyId) return
      if (!advancing && status === 'playing') this.store.setState({ status: 'loading' })
      else if (advancing && status === 'loading' && !this.element.paused) this.store.setState({ status: 'playing' })
    })
  }

  /** Opens the recording again, once per start, where it stands at its start with the data it needs (see START_RESCUE_MS). */
  private rescueStart(): void {
    const element = this.element
    if (this.rescued || this.store.getState().status !== 'loading') return
    // it moved: a stall after the start (shown as loading until it moves); no data yet: the network's, left to arrive
    if (element.currentTime > this.startedFrom + 0.05) return
    if (element.readyState < 2 || bufferedAhead(element) < RESCUE_AHEAD_S) return
    this.rescued = true
    element.load()
    element.play().catch(() => undefined)
  }

  private unwatch(): void {
    this.stopWatch?.()
    this.stopWatch = null
  }

  /** Moves the voice, e.g. when an AR cell is placed or scaled. */
  setPosition(position: XYZ): void {
    setPannerPosition(this.panner, position)
  }

  pause(): void {
    this.element.pause()
  }

  resume(): void {
    // An element that plays already sends no `playing` event: "loading" would stay, and the give-up would end it.
    if (!this.store.getState().testimonyId || !this.element.paused) return
    if (this.ctx.state !== 'running') void this.ctx.resume().catch(() => undefined)
    this.store.setState({ status: 'loading' })
    void this.element.play().catch(() => this.store.setState({ status: 'paused' }))
  }

  /**
   * Silences the voice. The recording stays open, paused: reopening it would build the media pipeline afresh, which
   * the next tap would wait for (hundreds of milliseconds); playing it again only rewinds.
   */
  stop(): void {
    this.unwatch()
    this.store.setState(IDLE)
    this.element.pause()
  }

  /** Stops, and lets go of the recording's network stream and decoder: on leaving a cell, for the next visitor. */
  release(): void {
    this.stop()
    this.releaseWarm()
    this.element.removeAttribute('src')
    this.element.load()
    this.currentFile = ''
  }

  get currentTime(): number {
    return this.element.currentTime
  }

  dispose(): void {
    this.release()
    this.stopFollowing()
    if (this.giveUp !== null) this.clock.clearTimeout(this.giveUp)
    if (this.rescue !== null) this.clock.clearTimeout(this.rescue)
    this.holding?.()
    this.holding = null
    this.removeListeners()
    this.source.disconnect()
    this.ears.dispose()
    this.element.remove()
  }
}
