import type { PlaybackProblem, PlaybackState } from '../audio/testimony-player'

export type AnnouncementKind = 'playing' | 'paused' | 'ended' | 'stopped' | 'error'

export interface Announcement {
  kind: AnnouncementKind
  testimonyId: string
  error: PlaybackProblem | null
}

/**
 * Decides what a screen reader hears as a testimony plays: each change of state once — playing, paused, ended,
 * stopped, an error — and nothing while a stalled voice waits for data and goes on (that is not news to a listener).
 */
export class PlaybackAnnouncer {
  private playingSaid: string | null = null

  /** The announcement for the change from `prev` to `next`, or null when there is nothing to say. */
  next(prev: PlaybackState, next: PlaybackState): Announcement | null {
    const id = next.testimonyId
    if (!id) {
      this.playingSaid = null
      const was = prev.testimonyId
      if (!was || prev.status === 'ended' || prev.status === 'error') return null
      return { kind: 'stopped', testimonyId: was, error: null }
    }
    if (id !== prev.testimonyId && this.playingSaid !== id) this.playingSaid = null
    if (next.status === prev.status && id === prev.testimonyId) return null
    switch (next.status) {
      case 'playing':
        if (this.playingSaid === id) return null
        this.playingSaid = id
        return { kind: 'playing', testimonyId: id, error: null }
      case 'paused':
        this.playingSaid = null
        return { kind: 'paused', testimonyId: id, error: null }
      case 'ended':
        this.playingSaid = null
        return { kind: 'ended', testimonyId: id, error: null }
      case 'error':
        this.playingSaid = null
        return { kind: 'error', testimonyId: id, error: next.error }
      default:
        return null
    }
  }
}
