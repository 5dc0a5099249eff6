import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { PlaybackState } from '../../src/audio/testimony-player'
import { AbsenceWatch, isHidden, type HeadsetSignals } from '../../src/exhibition/absence'
import { chooseStartCell } from '../../src/exhibition/start-cell'
import { followGuidedOrder, GUIDED_PAUSE_MS, nextTestimony } from '../../src/testimonies/guided-order'

// Looked up at each call, so the fake timers installed by each test are the ones used.
const clock = {
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}
const on = (session: XRVisibilityState | null, page: DocumentVisibilityState = 'visible'): HeadsetSignals => ({
  session,
  page,
})

describe('a shared headset taken off', () => {
  let gone: number
  let watch: AbsenceWatch
  beforeEach(() => {
    vi.useFakeTimers()
    gone = 0
    watch = new AbsenceWatch({ graceMs: 3000, onGone: () => gone++, clock })
  })
  afterEach(() => {
    watch.dispose()
    vi.useRealTimers()
  })

  it('counts as gone once the session has stayed hidden for the grace time', () => {
    watch.update(on('visible'))
    watch.update(on('hidden'))
    vi.advanceTimersByTime(2999)
    expect(gone).toBe(0)
    vi.advanceTimersByTime(1)
    expect(gone).toBe(1)
    // Still hidden: one reset per absence, not one per signal.
    watch.update(on('hidden'))
    vi.advanceTimersByTime(10_000)
    expect(gone).toBe(1)
  })

  it('keeps everything when the headset is back on within the grace time', () => {
    watch.update(on('visible'))
    watch.update(on('hidden'))
    vi.advanceTimersByTime(2000)
    watch.update(on('visible'))
    vi.advanceTimersByTime(10_000)
    expect(gone).toBe(0)
    expect(watch.waiting).toBe(false)
    // A later absence gets the whole grace time again.
    watch.update(on('hidden'))
    vi.advanceTimersByTime(2999)
    expect(gone).toBe(0)
    vi.advanceTimersByTime(1)
    expect(gone).toBe(1)
  })

  it('treats a system menu over the scene (visible-blurred) as someone still there', () => {
    watch.update(on('visible-blurred'))
    vi.advanceTimersByTime(60_000)
    expect(gone).toBe(0)
  })

  it('resets at once when the session ends, and only once when the reset itself ended it', () => {
    watch.update(on('visible'))
    watch.update(on(null))
    expect(gone).toBe(1)

    watch.update(on('visible'))
    watch.update(on('hidden'))
    vi.advanceTimersByTime(3000)
    expect(gone).toBe(2)
    // The reset ends the session, which reports the end.
    watch.update(on(null))
    expect(gone).toBe(2)
  })

  it('resets at once, without waiting, when the session ends during the grace time', () => {
    watch.update(on('visible'))
    watch.update(on('hidden'))
    vi.advanceTimersByTime(1000)
    watch.update(on(null, 'hidden'))
    expect(gone).toBe(1)
    vi.advanceTimersByTime(10_000)
    expect(gone).toBe(1)
  })

  it('watches the page when no session runs, and ignores it while one does', () => {
    watch.update(on('visible', 'hidden'))
    vi.advanceTimersByTime(10_000)
    expect(gone).toBe(0)

    watch.update(on(null, 'visible'))
    expect(gone).toBe(1)
    watch.update(on(null, 'visible'))
    watch.update(on(null, 'hidden'))
    vi.advanceTimersByTime(3000)
    expect(gone).toBe(2)
  })

  it('with a grace time of 0 resets the moment the headset is hidden', () => {
    const now = new AbsenceWatch({ graceMs: 0, onGone: () => gone++, clock })
    now.update(on('visible'))
    now.update(on('hidden'))
    expect(gone).toBe(1)
    now.dispose()
  })

  it('does nothing after it is disposed, and leaves no timer behind', () => {
    watch.update(on('hidden'))
    expect(vi.getTimerCount()).toBe(1)
    watch.dispose()
    expect(vi.getTimerCount()).toBe(0)
    watch.update(on(null))
    vi.advanceTimersByTime(10_000)
    expect(gone).toBe(0)
  })

  it('reads visibility from the session while there is one', () => {
    expect(isHidden(on('hidden', 'visible'))).toBe(true)
    expect(isHidden(on('visible', 'hidden'))).toBe(false)
    expect(isHidden(on(null, 'hidden'))).toBe(true)
    expect(isHidden(on(null, 'visible'))).toBe(false)
  })
})

describe('the cell a headset opens into', () => {
  const cells = [{ id: 'sizo-cell' }, { id: 'basement' }]

  it('is the configured cell, else the first', () => {
    expect(chooseStartCell(cells, 'basement')).toEqual({ cell: cells[1], unknown: null })
    expect(chooseStartCell(cells, null)).toEqual({ cell: cells[0], unknown: null })
  })

  it('is the first cell when the configured one does not exist, naming the unknown id', () => {
    expect(chooseStartCell(cells, 'attic')).toEqual({ cell: cells[0], unknown: 'attic' })
  })

  it('is none without cells', () => {
    expect(chooseStartCell([], 'attic')).toEqual({ cell: null, unknown: 'attic' })
    expect(chooseStartCell([], null)).toEqual({ cell: null, unknown: null })
  })
})

describe('the guided order', () => {
  const cell = { testimonies: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }

  it('goes through the cell in its order, starting with the first, and stops after the last', () => {
    expect(nextTestimony(cell, null)?.id).toBe('a')
    expect(nextTestimony(cell, 'a')?.id).toBe('b')
    expect(nextTestimony(cell, 'b')?.id).toBe('c')
    expect(nextTestimony(cell, 'c')).toBeNull()
    expect(nextTestimony(cell, 'elsewhere')).toBeNull()
    expect(nextTestimony({ testimonies: [] }, null)).toBeNull()
  })

  describe('following the player', () => {
    let player: StoreApi<PlaybackState>
    let played: string[]
    let stop: () => void
    const set = (testimonyId: string | null, status: PlaybackState['status']) =>
      player.setState({ testimonyId, status, error: null })

    beforeEach(() => {
      vi.useFakeTimers()
      played = []
      player = createStore<PlaybackState>(() => ({ testimonyId: null, status: 'idle', error: null }))
      stop = followGuidedOrder({ player, cell, play: (t) => played.push(t.id), clock })
    })
    afterEach(() => {
      stop()
      vi.useRealTimers()
    })

    it('plays the next testimony a short pause after one ends, and nothing after the last', () => {
      set('a', 'playing')
      set('a', 'ended')
      vi.advanceTimersByTime(GUIDED_PAUSE_MS - 1)
      expect(played).toEqual([])
      vi.advanceTimersByTime(1)
      expect(played).toEqual(['b'])

      set('c', 'playing')
      set('c', 'ended')
      vi.advanceTimersByTime(60_000)
      expect(played).toEqual(['b'])
    })

    it('skips a recording that fails, leaving its message on screen a moment, and goes on', () => {
      set('a', 'loading')
      player.setState({ testimonyId: 'a', status: 'error', error: { kind: 'stalled', file: 'audio/a.opus' } })
      vi.advanceTimersByTime(3999)
      expect(played).toEqual([])
      vi.advanceTimersByTime(1)
      expect(played).toEqual(['b'])
    })

    it('gives way to what the visitor does in the pause', () => {
      set('a', 'playing')
      set('a', 'ended')
      vi.advanceTimersByTime(500)
      set('c', 'loading')
      set('c', 'playing')
      vi.advanceTimersByTime(GUIDED_PAUSE_MS * 2)
      expect(played).toEqual([])

      set('c', 'ended')
      set(null, 'idle') // stopped
      vi.advanceTimersByTime(GUIDED_PAUSE_MS * 2)
      expect(played).toEqual([])
    })

    it('does not move on when a testimony is paused', () => {
      set('a', 'playing')
      set('a', 'paused')
      vi.advanceTimersByTime(60_000)
      expect(played).toEqual([])
    })

    it('cancels a pending next testimony when it stops following', () => {
      set('a', 'ended')
      stop()
      vi.advanceTimersByTime(60_000)
      expect(played).toEqual([])
      expect(vi.getTimerCount()).toBe(0)
    })
  })
})
