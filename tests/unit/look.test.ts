import { Quaternion, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { applyDrag, applyKey, deviceOrientationQuaternion, lookQuaternion } from '../../src/look/look'

const forwardOf = (q: Quaternion) => new Vector3(0, 0, -1).applyQuaternion(q)

describe('looking around on screen', () => {
  it('dragging right turns the view to the left, as if pulling the room', () => {
    const state = applyDrag({ yaw: 0, pitch: 0 }, 100, 0, 800, 70)
    expect(state.yaw).toBeGreaterThan(0)
    expect(forwardOf(lookQuaternion(state, new Quaternion())).x).toBeLessThan(0)
  })

  it('never tips over the top', () => {
    const state = applyDrag({ yaw: 0, pitch: 0 }, 0, 100000, 800, 70)
    expect(state.pitch).toBeCloseTo((80 * Math.PI) / 180)
  })

  it('arrow keys turn by 10°', () => {
    const state = { yaw: 0, pitch: 0 }
    expect(applyKey(state, 'ArrowLeft')).toBe(true)
    expect(state.yaw).toBeCloseTo((10 * Math.PI) / 180)
    expect(applyKey(state, 'a')).toBe(false)
  })

  it('a phone held upright looks ahead; tilted back it looks up; turned left it looks left', () => {
    const q = new Quaternion()
    const ahead = forwardOf(deviceOrientationQuaternion(0, 90, 0, 0, q))
    expect(ahead.z).toBeCloseTo(-1)
    const up = forwardOf(deviceOrientationQuaternion(0, 135, 0, 0, q))
    expect(up.y).toBeGreaterThan(0.6)
    const left = forwardOf(deviceOrientationQuaternion(90, 90, 0, 0, q))
    expect(left.x).toBeCloseTo(-1)
  })
})
