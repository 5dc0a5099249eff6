import { describe, expect, it } from 'vitest'
import { onFirstLook } from '../../src/look/first-look'

const key = (name: string) => Object.assign(new Event('keydown'), { key: name })

describe('the first look or tap', () => {
  it('is told once, at the first press in the view, and then listens no more', () => {
    const view = new EventTarget()
    const keys = new EventTarget()
    let told = 0
    onFirstLook(view, keys, () => told++)
    keys.dispatchEvent(key('Tab'))
    expect(told).toBe(0)
    view.dispatchEvent(new Event('pointerdown'))
    view.dispatchEvent(new Event('pointerdown'))
    keys.dispatchEvent(key('ArrowLeft'))
    expect(told).toBe(1)
  })

  it('counts an arrow key that turns the view', () => {
    let told = 0
    onFirstLook(new EventTarget(), new EventTarget(), () => told++)
    const keys = new EventTarget()
    onFirstLook(new EventTarget(), keys, () => told++)
    keys.dispatchEvent(key('ArrowRight'))
    expect(told).toBe(1)
  })

  it('is not told after its removal', () => {
    const view = new EventTarget()
    let told = 0
    const stop = onFirstLook(view, new EventTarget(), () => told++)
    stop()
    view.dispatchEvent(new Event('pointerdown'))
    expect(told).toBe(0)
  })
})
