import { afterEach, describe, expect, it, vi } from 'vitest'
import { Watchdog, type Recovery } from '../../src/kiosk/watchdog'

const clock = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
}

function watch(lastFrameAt: () => number | null = () => null) {
  const faults: [string, Recovery][] = []
  const dog = new Watchdog({ lastFrameAt, onFault: (r, how) => faults.push([r, how]), clock, visible: () => true })
  return { dog, faults }
}

afterEach(() => vi.useRealTimers())

describe("a kiosk's watchdog", () => {
  it('starts over after an error, and asks for a fresh page when errors keep coming', () => {
    vi.useFakeTimers()
    const { dog, faults } = watch()
    dog.error('a')
    expect(faults).toEqual([['a', 'start-over']])
    dog.error('b')
    dog.error('c')
    expect(faults.at(-1)).toEqual(['repeated errors (last: c)', 'reload-when-quiet'])
    // Errors spread over more than ten minutes are each mended by starting over.
    vi.advanceTimersByTime(11 * 60_000)
    dog.error('d')
    expect(faults.at(-1)).toEqual(['d', 'start-over'])
    dog.dispose()
  })

  it('notices a 3D view that stopped drawing, and not one that draws or is not shown', () => {
    vi.useFakeTimers()
    let drew: number | null = Date.now()
    const { dog, faults } = watch(() => drew)
    vi.advanceTimersByTime(10_000)
    expect(faults).toEqual([])
    drew = null
    vi.advanceTimersByTime(60_000)
    expect(faults).toEqual([])
    drew = Date.now()
    vi.advanceTimersByTime(20_000)
    expect(faults[0]).toEqual(['the 3D view has drawn nothing for 15 s', 'reload-when-quiet'])
    dog.dispose()
  })

  it('waits for a lost WebGL context to come back before asking for a fresh page', () => {
    vi.useFakeTimers()
    const { dog, faults } = watch()
    dog.contextLost()
    vi.advanceTimersByTime(5_000)
    dog.contextRestored()
    vi.advanceTimersByTime(60_000)
    expect(faults).toEqual([])
    dog.contextLost()
    vi.advanceTimersByTime(10_000)
    expect(faults).toEqual([['the WebGL context was lost and did not come back', 'reload-when-quiet']])
    dog.dispose()
  })
})
