import { Howl } from 'howler'
import type { AudioSources } from '../content/schema'

/**
 * A cell's quiet room tone. Short loops are decoded by howler's Web Audio mode (fixed, small memory),
 * and dip while a testimony speaks.
 */
export class AmbientBed {
  private howl: Howl | null = null
  private key = ''
  private volume = 0

  /** Starts (or keeps) the loop for a cell. */
  start(sources: AudioSources & { volume: number }, base = '/'): void {
    const key = sources.opus
    if (this.howl && this.key === key) return
    this.stop()
    this.key = key
    this.volume = sources.volume
    const howl = new Howl({
      src: [base + sources.opus, base + sources.aac],
      format: ['opus', 'm4a'],
      loop: true,
      volume: 0,
      onloaderror: (_id, error) => console.warn(`Ambient sound ${sources.opus} could not be loaded: ${String(error)}`),
    })
    howl.once('play', () => howl.fade(0, this.volume, 1200))
    howl.play()
    this.howl = howl
  }

  /** Lowers the bed under speech. */
  duck(ducked: boolean): void {
    if (!this.howl) return
    const target = ducked ? this.volume * 0.35 : this.volume
    this.howl.fade(this.howl.volume(), target, 400)
  }

  stop(): void {
    if (!this.howl) return
    this.howl.unload() // frees its decoded buffer
    this.howl = null
    this.key = ''
  }

  get playing(): boolean {
    return this.howl?.playing() ?? false
  }
}
