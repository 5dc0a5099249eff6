import { systemClock, type Clock } from '../state/clock'

/** `active`: someone is using it; `countdown`: "Still there?" is showing; `held`: a testimony is playing. */
export type IdleStage = 'active' | 'countdown' | 'held'

export interface IdleTimerOptions {
  /** Quiet time before the countdown starts, in milliseconds. */
  idleMs: number
  /** Length of the "Still there?" countdown, in milliseconds. */
  countdownMs: number
  /** The stage changed (for the countdown overlay). */
  onStage(stage: IdleStage): void
  /** The countdown ran out: start again for the next visitor. */
  onExpire(): void
  /** Injected for tests. @default globalThis */
  clock?: Clock
}

/**
 * A kiosk's two-stage idle timeout: after `idleMs` without activity a countdown of `countdownMs`, then expiry.
 * Any activity starts the quiet period again; while held (a testimony playing) nothing runs down.
 * One pending timer at most, so it can run for weeks.
 * @example
 * const timer = new IdleTimer({ idleMs: 90_000, countdownMs: 20_000, onStage: show, onExpire: reset })
 * window.addEventListener('pointerdown', () => timer.activity())
 */
export class IdleTimer {
  private stageNow: IdleStage = 'active'
  private handle: unknown = null
  private deadline = 0
  private readonly clock: Clock
  private disposed = false

  constructor(private readonly options: IdleTimerOptions) {
    this.clock = options.clock ?? systemClock
    this.arm(options.idleMs, () => this.startCountdown())
  }

  get stage(): IdleStage {
    return this.stageNow
  }

  /** Milliseconds left in the countdown (0 outside it). */
  get remainingMs(): number {
    return this.stageNow === 'countdown' ? Math.max(0, this.deadline - this.clock.now()) : 0
  }

  /** Someone touched the screen or pressed a key. */
  activity(): void {
    if (this.disposed || this.stageNow === 'held') return
    this.setStage('active')
    this.arm(this.options.idleMs, () => this.startCountdown())
  }

  /** Holds the timer while something is playing; on release the full quiet period starts again. */
  hold(held: boolean): void {
    if (this.disposed || held === (this.stageNow === 'held')) return
    if (held) {
      this.disarm()
      this.setStage('held')
    } else {
      this.setStage('active')
      this.arm(this.options.idleMs, () => this.startCountdown())
    }
  }

  dispose(): void {
    this.disposed = true
    this.disarm()
  }

  private startCountdown(): void {
    this.setStage('countdown')
    this.arm(this.options.countdownMs, () => {
      this.setStage('active')
      this.arm(this.options.idleMs, () => this.startCountdown())
      this.options.onExpire()
    })
  }

  private arm(ms: number, fn: () => void): void {
    this.disarm()
    this.deadline = this.clock.now() + ms
    this.handle = this.clock.setTimeout(() => {
      this.handle = null
      fn()
    }, ms)
  }

  private disarm(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle)
    this.handle = null
  }

  private setStage(stage: IdleStage): void {
    if (stage === this.stageNow) return
    this.stageNow = stage
    this.options.onStage(stage)
  }
}
