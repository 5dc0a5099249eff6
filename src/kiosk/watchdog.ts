import { systemClock, type Clock } from '../state/clock'

/** How a kiosk recovers: start over for the next visitor, or reload the page once nobody is using it. */
export type Recovery = 'start-over' | 'reload-when-quiet'

export interface WatchdogOptions {
  /** The page last drew a 3D frame at this time (clock ms), or null while no 3D view is on screen. */
  lastFrameAt(): number | null
  /** Something went wrong; `recovery` says how to get back to a working kiosk. */
  onFault(reason: string, recovery: Recovery): void
  /** A 3D view that has drawn nothing for this long, with the page visible, is frozen. @default 15000 */
  frozenMs?: number
  /** A WebGL context not restored within this time is lost for good. @default 10000 */
  contextMs?: number
  /** Errors within `errorWindowMs` beyond which starting over is not enough. @default 3 */
  maxErrors?: number
  /** @default 600000 */
  errorWindowMs?: number
  /** How often the frame loop is looked at. @default 5000 */
  checkMs?: number
  clock?: Clock
  /** Whether the page is on screen (a hidden page draws no frames). @default document.visibilityState */
  visible?(): boolean
}

/**
 * Watches an unattended kiosk for what a person would call broken: an unhandled error, a 3D view that stopped
 * drawing, a WebGL context that does not come back. A single error starts over; repeated errors, a frozen frame loop
 * or a lost context need a fresh page, which the kiosk loads at its next quiet moment.
 */
export class Watchdog {
  private readonly errors: number[] = []
  private lastSeen: number | null = null
  /** Checks in a row that found no new frame: counted, not timed, so a clock that jumps (sleep, tests) is no fault. */
  private stillChecks = 0
  private contextTimer: unknown = null
  private checkTimer: unknown = null
  private readonly clock: Clock
  private readonly o: Required<Omit<WatchdogOptions, 'clock'>>

  constructor(options: WatchdogOptions) {
    this.clock = options.clock ?? systemClock
    this.o = {
      frozenMs: 15_000,
      contextMs: 10_000,
      maxErrors: 3,
      errorWindowMs: 600_000,
      checkMs: 5_000,
      visible: () => typeof document === 'undefined' || document.visibilityState === 'visible',
      ...options,
    }
    this.schedule()
  }

  /** An error nothing handled. */
  error(message: string): void {
    const now = this.clock.now()
    this.errors.push(now)
    while ((this.errors[0] ?? now) < now - this.o.errorWindowMs) this.errors.shift()
    if (this.errors.length >= this.o.maxErrors) {
      this.errors.length = 0
      this.o.onFault(`repeated errors (last: ${message})`, 'reload-when-quiet')
    } else this.o.onFault(message, 'start-over')
  }

  contextLost(): void {
    if (this.contextTimer !== null) return
    this.contextTimer = this.clock.setTimeout(() => {
      this.contextTimer = null
      this.o.onFault('the WebGL context was lost and did not come back', 'reload-when-quiet')
    }, this.o.contextMs)
  }

  contextRestored(): void {
    if (this.contextTimer !== null) this.clock.clearTimeout(this.contextTimer)
    this.contextTimer = null
  }

  dispose(): void {
    this.contextRestored()
    if (this.checkTimer !== null) this.clock.clearTimeout(this.checkTimer)
    this.checkTimer = null
  }

  private schedule(): void {
    this.checkTimer = this.clock.setTimeout(() => {
      this.check()
      this.schedule()
    }, this.o.checkMs)
  }

  private check(): void {
    const last = this.o.lastFrameAt()
    if (last === null || !this.o.visible() || last !== this.lastSeen) {
      this.lastSeen = last
      this.stillChecks = 0
      return
    }
    this.stillChecks++
    if (this.stillChecks * this.o.checkMs < this.o.frozenMs) return
    this.stillChecks = 0
    this.o.onFault(`the 3D view has drawn nothing for ${Math.round(this.o.frozenMs / 1000)} s`, 'reload-when-quiet')
  }
}
