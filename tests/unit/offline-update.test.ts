import { describe, expect, it } from 'vitest'
import { watchController } from '../../src/offline/started-by'
import { createUpdatePolicy, TAKEOVER_WAIT_MS } from '../../src/offline/update-policy'

/** A page with an offline cache: whether a visitor is mid-way, whether a new version waits, what the page did. */
function page({ idle = true, waiting = false } = {}) {
  const state = { idle, waiting, activated: 0, reloads: 0 }
  const timers: (() => void)[] = []
  const policy = createUpdatePolicy({
    isIdle: () => state.idle,
    hasWaiting: () => state.waiting,
    activate: () => state.activated++,
    reload: () => state.reloads++,
    later: (run, ms) => {
      expect(ms).toBe(TAKEOVER_WAIT_MS)
      timers.push(run)
    },
  })
  /** The takeover wait has passed. */
  const waitPassed = () => timers.splice(0).forEach((run) => run())
  return { state, policy, waitPassed }
}

describe('offline cache updates', () => {
  it('never reloads on the very first install', () => {
    const { state, policy } = page({ idle: true })
    policy.controlling(false)
    expect(state.reloads).toBe(0)
    expect(policy.applyPending()).toBe(false)
  })

  it('at an idle moment a new version takes over and the page reloads once it is in control', () => {
    const { state, policy } = page({ idle: true, waiting: true })
    policy.waiting()
    expect(state.activated).toBe(1)
    expect(state.reloads).toBe(0)
    policy.controlling(true)
    expect(state.reloads).toBe(1)
  })

  it('a version told to take over that is still waiting after a while: the page reloads once, at an idle moment', () => {
    const { state, policy, waitPassed } = page({ idle: true, waiting: true })
    policy.waiting()
    expect(state.activated).toBe(1)
    waitPassed()
    expect(state.reloads).toBe(1)
    // The version takes over while that navigation may still be served by the leaving one: once more, from the new.
    policy.controlling(true)
    expect(state.reloads).toBe(2)
  })

  it('does not reload for a slow takeover once a visitor has begun, nor once the version took over', () => {
    const begun = page({ idle: true, waiting: true })
    begun.policy.waiting()
    begun.state.idle = false
    begun.waitPassed()
    expect(begun.state.reloads).toBe(0)
    const done = page({ idle: true, waiting: true })
    done.policy.waiting()
    done.state.waiting = false
    done.policy.controlling(true)
    done.waitPassed()
    expect(done.state.reloads).toBe(1)
  })

  it('while a visitor is inside, a new version waits until the app asks for it', () => {
    const { state, policy } = page({ idle: false, waiting: true })
    policy.waiting()
    expect(state.activated).toBe(0)
    expect(state.reloads).toBe(0)
    // The visitor is back at the start: the app applies the pending version.
    state.idle = true
    expect(policy.applyPending()).toBe(true)
    expect(state.activated).toBe(1)
    policy.controlling(true)
    expect(state.reloads).toBe(1)
  })

  it('a version activated elsewhere reloads the page only when nobody is mid-way', () => {
    const busy = page({ idle: false })
    busy.policy.controlling(true)
    expect(busy.state.reloads).toBe(0)
    const idle = page({ idle: true })
    idle.policy.controlling(true)
    expect(idle.state.reloads).toBe(1)
  })
})

/** A page's service worker container: the controller it started with, and handovers. */
function container(state: ServiceWorkerState | null) {
  const target = new EventTarget() as EventTarget & { controller: ServiceWorker | null }
  target.controller = state ? ({ state } as ServiceWorker) : null
  const handOver = () => {
    target.controller = { state: 'activating' } as ServiceWorker
    target.dispatchEvent(new Event('controllerchange'))
  }
  return { container: target as unknown as ServiceWorkerContainer, handOver }
}

describe('the version that serves a page', () => {
  it('a page served by a version and handed to a newer one, before or after the app starts, is told once', () => {
    const later = container('activated')
    const watch = watchController(later.container)
    let told = 0
    watch.onReplaced(() => told++)
    expect(watch.replaced).toBe(false)
    later.handOver()
    later.handOver()
    expect(told).toBe(1)
    // A controller still activating when the app starts has just replaced the one that served the page.
    const earlier = watchController(container('activating').container)
    expect(earlier.replaced).toBe(true)
    earlier.onReplaced(() => told++)
    expect(told).toBe(2)
  })

  it('the first install, taking over a page that started without one, is no replacement', () => {
    const first = container(null)
    const watch = watchController(first.container)
    first.handOver()
    expect(watch.replaced).toBe(false)
  })
})
