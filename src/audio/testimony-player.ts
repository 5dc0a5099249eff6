import { createStore, type StoreApi } from 'zustand/vanilla'
import type { AudioSources } from '../content/schema'
import { createSpeechPanner, setPannerPosition, type XYZ } from './spatial'

export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error'

export interface PlaybackState {
  /** The testimony loaded into the player, or null when stopped. */
  testimonyId: string | null
  status: PlaybackStatus
  /** Names the file that failed, when status is "error". */
  error: string | null
}

/** A voice is speaking, or about to: loading counts, so a tap never feels ignored and nothing interrupts it. */
export function isSpeaking(status: PlaybackStatus): boolean {
  return status === 'playing' || status === 'loading'
}

const IDLE: PlaybackState = { testimonyId: null, status: 'idle', error: null }

/** Picks Opus where the browser plays it, AAC otherwise (Safari). */
export function chooseSource(sources: AudioSources, canPlayType: (type: string) => string): string {
  return canPlayType('audio/ogg; codecs="opus"') ? sources.opus : sources.aac
}

/**
 * Plays one testimony at a time from a point in space.
 * A single streaming media element is routed through the shared AudioContext into an HRTF panner, so long
 * recordings are never decoded whole and the graph never grows: each testimony reuses the same nodes.
 */
export class TestimonyPlayer {
  readonly element: HTMLAudioElement
  readonly panner: PannerNode
  readonly store: StoreApi<PlaybackState> = createStore<PlaybackState>(() => IDLE)
  private readonly source: MediaElementAudioSourceNode
  private readonly removeListeners: () => void
  private currentFile = ''

  constructor(
    private readonly ctx: AudioContext,
    destination: AudioNode,
    /** Where the media element lives in the DOM, so integrators and tests can find it. */
    host: HTMLElement,
    private readonly base = '/',
  ) {
    const element = host.ownerDocument.createElement('audio')
    element.dataset.role = 'testimony-audio'
    element.preload = 'auto'
    element.crossOrigin = 'anonymous' // a MediaElementAudioSourceNode outputs silence for opaque media
    host.appendChild(element)
    this.element = element
    this.source = ctx.createMediaElementSource(element)
    this.panner = createSpeechPanner(ctx)
    this.source.connect(this.panner).connect(destination)

    const set = (patch: Partial<PlaybackState>) => this.store.setState(patch)
    const onPlaying = () => set({ status: 'playing', error: null })
    const onWaiting = () => set({ status: 'loading' })
    const onPause = () => {
      const { status } = this.store.getState()
      if (isSpeaking(status)) set({ status: 'paused' })
    }
    const onEnded = () => set({ status: 'ended' })
    const onError = () => {
      if (!this.store.getState().testimonyId) return
      set({ status: 'error', error: `The recording ${this.currentFile} could not be played.` })
    }
    element.addEventListener('playing', onPlaying)
    element.addEventListener('waiting', onWaiting)
    element.addEventListener('pause', onPause)
    element.addEventListener('ended', onEnded)
    element.addEventListener('error', onError)
    this.removeListeners = () => {
      element.removeEventListener('playing', onPlaying)
      element.removeEventListener('waiting', onWaiting)
      element.removeEventListener('pause', onPause)
      element.removeEventListener('ended', onEnded)
      element.removeEventListener('error', onError)
    }
  }

  /** Starts a testimony from its world position; any other testimony stops first. */
  play(id: string, sources: AudioSources, position: XYZ): void {
    setPannerPosition(this.panner, position)
    if (this.ctx.state !== 'running') void this.ctx.resume().catch(() => undefined)
    if (this.store.getState().testimonyId === id && this.store.getState().status !== 'error') {
      if (this.element.ended) this.element.currentTime = 0
      this.resume()
      return
    }
    const file = chooseSource(sources, (type) => this.element.canPlayType(type))
    this.store.setState({ testimonyId: id, status: 'loading', error: null })
    if (file !== this.currentFile || this.element.error) {
      this.currentFile = file
      this.element.src = this.base + file
    } else if (this.element.currentTime > 0) this.element.currentTime = 0
    this.element.play().catch((e: unknown) => {
      // AbortError: a newer play() or stop() replaced this one.
      if (e instanceof DOMException && e.name === 'AbortError') return
      if (this.store.getState().testimonyId !== id) return
      const blocked = e instanceof DOMException && e.name === 'NotAllowedError'
      this.store.setState({
        status: blocked ? 'paused' : 'error',
        error: blocked ? null : `The recording ${this.currentFile} could not be played.`,
      })
    })
  }

  /**
   * Opens a recording without playing it, so the first tap starts speech at once
   * (the first media pipeline of a page takes several hundred milliseconds to start).
   */
  prepare(sources: AudioSources): void {
    if (this.store.getState().testimonyId) return
    const file = chooseSource(sources, (type) => this.element.canPlayType(type))
    if (file === this.currentFile) return
    this.currentFile = file
    this.element.src = this.base + file
    this.element.load()
  }

  /** Moves the voice, e.g. when an AR cell is placed or scaled. */
  setPosition(position: XYZ): void {
    setPannerPosition(this.panner, position)
  }

  pause(): void {
    this.element.pause()
  }

  resume(): void {
    if (!this.store.getState().testimonyId) return
    if (this.ctx.state !== 'running') void this.ctx.resume().catch(() => undefined)
    this.store.setState({ status: 'loading' })
    void this.element.play().catch(() => this.store.setState({ status: 'paused' }))
  }

  stop(): void {
    this.store.setState(IDLE)
    this.element.pause()
    this.element.removeAttribute('src')
    this.element.load() // releases the network stream and decoder
    this.currentFile = ''
  }

  get currentTime(): number {
    return this.element.currentTime
  }

  dispose(): void {
    this.stop()
    this.removeListeners()
    this.source.disconnect()
    this.panner.disconnect()
    this.element.remove()
  }
}
