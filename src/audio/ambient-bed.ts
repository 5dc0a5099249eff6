import type { AudioSources } from '../content/schema'
import { yieldingToVoice } from './voice-first'
import { chooseSource } from './codec'

export interface AmbientBedOptions {
  /** The page's AudioContext (audio-engine.ts). */
  ctx: () => BaseAudioContext
  /** Where the loop plays into: the engine's master gain. */
  destination: () => AudioNode
  fetch?: typeof fetch
  /** Which format this browser plays. @default a media element's canPlayType */
  canPlayType?: (type: string) => string
}

/**
 * A cell's quiet room tone: a short loop, fetched after any voice that waits for its data, decoded once into a small buffer and looped on the shared AudioContext,
 * dipping while a testimony speaks. Fetched and decoded here rather than by a Howl, which on a reset connection
 * falls back to an HTML5 element and later unloads it with a `data:` URI the site's CSP forbids.
 */
export class AmbientBed {
  private key = ''
  private volume = 0
  /** The visitor's own level for the room sound, apart from the voices: 0 is off. */
  private level = 1
  private ducked = false
  private loading: AbortController | null = null
  private source: AudioBufferSourceNode | null = null
  private gain: GainNode | null = null
  private readonly options: Required<AmbientBedOptions>

  constructor(options: AmbientBedOptions) {
    this.options = {
      ctx: options.ctx,
      destination: options.destination,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      canPlayType: options.canPlayType ?? ((type) => document.createElement('audio').canPlayType(type)),
    }
  }

  /** Starts (or keeps) the loop for a cell; resolves once it sounds, or once it failed (said on the console). */
  async start(sources: AudioSources & { volume: number }, base = '/'): Promise<void> {
    const key = sources.opus
    if (this.key === key && (this.source || this.loading)) return
    this.stop()
    this.key = key
    this.volume = sources.volume
    const loading = new AbortController()
    this.loading = loading
    const file = chooseSource(sources, this.options.canPlayType)
    try {
      // whole (a loop is decoded into a buffer, to repeat without a gap), and never while a voice waits for its data
      const bytes = await yieldingToVoice(async (signal) => {
        const response = await this.options.fetch(base + file, { signal })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.arrayBuffer()
      }, loading.signal)
      const ctx = this.options.ctx()
      const buffer = await ctx.decodeAudioData(bytes)
      if (this.loading !== loading) return
      this.loading = null
      const gain = ctx.createGain()
      gain.gain.setValueAtTime(0, ctx.currentTime)
      gain.gain.linearRampToValueAtTime(this.target(), ctx.currentTime + 1.2)
      gain.connect(this.options.destination())
      const source = ctx.createBufferSource()
      source.buffer = buffer
      source.loop = true
      source.connect(gain)
      source.start()
      this.source = source
      this.gain = gain
    } catch (e) {
      if (this.loading !== loading) return
      this.loading = null
      console.warn(`Ambient sound ${file} could not be loaded: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  /** Lowers the bed under speech. */
  duck(ducked: boolean): void {
    this.ducked = ducked
    this.apply()
  }

  /** Sets the visitor's level for the room sound, 0 (off) to 1 (the cell's own level); voices are not affected. */
  setLevel(level: number): void {
    this.level = Math.min(1, Math.max(0, level))
    this.apply()
  }

  private target(): number {
    return this.volume * this.level * (this.ducked ? 0.35 : 1)
  }

  private apply(): void {
    if (!this.gain) return
    const ctx = this.options.ctx()
    this.gain.gain.cancelScheduledValues(ctx.currentTime)
    this.gain.gain.setTargetAtTime(this.target(), ctx.currentTime, 0.12)
  }

  /** Stops the loop and frees its buffer. */
  stop(): void {
    this.loading?.abort()
    this.loading = null
    if (this.source) {
      this.source.stop()
      this.source.disconnect()
    }
    this.gain?.disconnect()
    this.source = null
    this.gain = null
    this.key = ''
  }

  get playing(): boolean {
    return this.source !== null
  }
}
