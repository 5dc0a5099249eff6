import { describe, expect, it } from 'vitest'
import { createUpdatePolicy } from '../../src/offline/update-policy'

/** A page with an offline cache: whether a visitor is mid-way, whether a new version waits, what the page did. */
function page({ idle = true, waiting = false } = {}) {
  const state = { idle, waiting, activated: 0, reloads: 0 }
  const policy = createUpdatePolicy({
    isIdle: () => state.idle,
    hasWaiting: () => state.waiting,
    activate: () => state.activated++,
    reload: () => state.reloads++,
  })
  return { state, policy }
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
