import { systemClock, type Clock } from '../state/clock'

/** What says whether someone is wearing the headset. */
export interface HeadsetSignals {
  /** The immersive session's `visibilityState`, or null when no session is running. */
  session: XRVisibilityState | null
  /** The page's `document.visibilityState`. */
  page: DocumentVisibilityState
}

export interface AbsenceWatchOptions {
  /** How long the headset may stay hidden before the visitor counts as gone, in milliseconds (0: at once). */
  graceMs: number
  /** The visitor has gone: start again for the next one. Called once per absence. */
  onGone(): void
  /** Injected for tests. @default globalThis */
  clock?: Pick<Clock, 'setTimeout' | 'clearTimeout'>
}

/**
 * While a session runs, its own visibility decides (the page behind an immersive session may count as hidden on
 * some headsets); without one, the page's does. `visible-blurred` (a system menu over the scene) is still present.
 */
export function isHidden({ session, page }: HeadsetSignals): boolean {
  return session ? session === 'hidden' : page === 'hidden'
}

/**
 * Decides when a shared headset has been taken off: hidden for longer than the grace time, or its session ended.
 * A return to visible within the grace time (the headset lifted for a moment, a proximity sensor flicker) keeps
 * everything as it was. One pending timer at most.
 * @example
 * const watch = new AbsenceWatch({ graceMs: 3000, onGone: reset })
 * session.addEventListener('visibilitychange', () => watch.update({ session: session.visibilityState, page }))
 */
export class AbsenceWatch {
  private handle: unknown = null
  private hadSession = false
  /** Set once `onGone` ran, until someone is present again: one reset per absence. */
  private gone = false
  private disposed = false
  private readonly clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>

  constructor(private readonly options: AbsenceWatchOptions) {
    this.clock = options.clock ?? systemClock
  }

  /** Whether the grace time is running. */
  get waiting(): boolean {
    return this.handle !== null
  }

  update(signals: HeadsetSignals): void {
    if (this.disposed) return
    const ended = this.hadSession && signals.session === null
    this.hadSession = signals.session !== null
    if (ended) {
      // The browser ended the session (headset off for long, the system's exit): nobody is inside any more.
      this.disarm()
      this.goneNow()
    }
    if (!isHidden(signals)) {
      this.disarm()
      this.gone = false
      return
    }
    if (this.gone || this.handle !== null) return
    if (this.options.graceMs <= 0) return this.goneNow()
    this.handle = this.clock.setTimeout(() => {
      this.handle = null
      this.goneNow()
    }, this.options.graceMs)
  }

  dispose(): void {
    this.disposed = true
    this.disarm()
  }

  private goneNow(): void {
    if (this.gone) return
    this.gone = true
    this.options.onGone()
  }

  private disarm(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle)
    this.handle = null
  }
}
