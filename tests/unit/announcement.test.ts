import { describe, expect, it } from 'vitest'
import { PlaybackAnnouncer } from '../../src/a11y/announcement'
import type { PlaybackProblem, PlaybackState, PlaybackStatus } from '../../src/audio/testimony-player'

const state = (
  testimonyId: string | null,
  status: PlaybackStatus,
  error: PlaybackProblem | null = null,
): PlaybackState => ({
  testimonyId,
  status,
  error,
})

/** Feeds a sequence of player states through one announcer and lists what a screen reader hears. */
function heard(states: PlaybackState[]): string[] {
  const announcer = new PlaybackAnnouncer()
  const out: string[] = []
  for (let i = 1; i < states.length; i++) {
    const a = announcer.next(states[i - 1]!, states[i]!)
    if (a) out.push(`${a.kind} ${a.testimonyId}${a.error ? ` ${a.error.kind} ${a.error.file}` : ''}`)
  }
  return out
}

describe('what a screen reader hears as a testimony plays', () => {
  it('says playing, paused and ended once each', () => {
    expect(
      heard([
        state(null, 'idle'),
        state('a', 'loading'),
        state('a', 'playing'),
        state('a', 'paused'),
        state('a', 'loading'),
        state('a', 'playing'),
        state('a', 'ended'),
      ]),
    ).toEqual(['playing a', 'paused a', 'playing a', 'ended a'])
  })

  it('stays quiet while a stalled voice waits for data and goes on', () => {
    expect(
      heard([
        state(null, 'idle'),
        state('a', 'loading'),
        state('a', 'playing'),
        state('a', 'loading'),
        state('a', 'playing'),
        state('a', 'loading'),
        state('a', 'playing'),
      ]),
    ).toEqual(['playing a'])
  })

  it('says stopped when the visitor stops, and names the next testimony when another starts', () => {
    expect(
      heard([
        state(null, 'idle'),
        state('a', 'loading'),
        state('a', 'playing'),
        state('b', 'loading'),
        state('b', 'playing'),
        state(null, 'idle'),
      ]),
    ).toEqual(['playing a', 'playing b', 'stopped b'])
  })

  it('says an error once, with what went wrong, and nothing more when the cell is left after it', () => {
    expect(
      heard([
        state(null, 'idle'),
        state('a', 'loading'),
        state('a', 'error', { kind: 'unplayable', file: 'a.opus' }),
        state('a', 'error', { kind: 'unplayable', file: 'a.opus' }),
        state(null, 'idle'),
      ]),
    ).toEqual(['error a unplayable a.opus'])
  })
})
