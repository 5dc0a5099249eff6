import { describe, expect, it } from 'vitest'
import { createLazyService, readyValue } from '../../src/state/lazy-service'

/** A promise settled from outside, to hold a load on its way. */
function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('a lazy service', () => {
  it('loads once however often it is asked, and reads as there once loaded', async () => {
    const answer = deferred<string>()
    let calls = 0
    const store = createLazyService(() => (calls++, answer.promise))
    expect(store.getState().loadable).toEqual({ status: 'idle' })
    const first = store.getState().load()
    const second = store.getState().load()
    expect(store.getState().loadable).toEqual({ status: 'loading' })
    answer.resolve('runtime')
    expect(await first).toEqual({ status: 'ready', value: 'runtime' })
    expect(await second).toEqual({ status: 'ready', value: 'runtime' })
    await store.getState().load()
    expect(calls).toBe(1)
    expect(readyValue(store.getState())).toBe('runtime')
  })

  it('settles a failure in its state, never as a rejection, and loads afresh when asked again', async () => {
    let fail = true
    const store = createLazyService(() => (fail ? Promise.reject(new Error('no network')) : Promise.resolve(1)))
    expect(await store.getState().load()).toEqual({ status: 'error', error: 'no network' })
    fail = false
    const again = store.getState().load()
    expect(store.getState().loadable).toEqual({ status: 'loading' })
    expect(await again).toEqual({ status: 'ready', value: 1 })
  })

  it('keeps a failure that offers Try again in view, busy, while it is asked again', async () => {
    const answers = [deferred<number>(), deferred<number>()]
    let call = 0
    const store = createLazyService((base: string) => (expect(base).toBe('/'), answers[call++]!.promise), {
      offersRetry: (e) => e instanceof Error && e.message === 'request failed',
    })
    const first = store.getState().load('/')
    answers[0]!.reject(new Error('request failed'))
    expect(await first).toEqual({ status: 'error', error: 'request failed', retry: 'offered' })
    const again = store.getState().load('/')
    expect(store.getState().loadable).toEqual({ status: 'error', error: 'request failed', retry: 'trying' })
    answers[1]!.reject(new Error('unreadable'))
    expect(await again).toEqual({ status: 'error', error: 'unreadable' })
  })

  it('is made in the task that asks for it where it can be, without loading', async () => {
    let code: { make(): string } | null = null
    let loads = 0
    const store = createLazyService(() => (loads++, Promise.resolve('loaded')), { now: () => code?.make() })
    code = { make: () => 'made now' }
    void store.getState().load()
    expect(store.getState().loadable).toEqual({ status: 'ready', value: 'made now' })
    expect(loads).toBe(0)
    const failing = createLazyService(() => Promise.resolve(0), {
      now: () => {
        throw new Error('no audio here')
      },
    })
    expect(await failing.getState().load()).toEqual({ status: 'error', error: 'no audio here' })
  })
})
