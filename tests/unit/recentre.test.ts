import { describe, expect, it } from 'vitest'
import { recentredOrigin } from '../../src/xr/recentre'
import { SEATED_EYE_M, STANDING_EYE_M } from '../../src/state/comfort'

/** Where a point of the tracked space lands in the world under an origin (as three.js composes them). */
function toWorld(origin: { x: number; z: number; yaw: number }, p: { x: number; z: number }) {
  const c = Math.cos(origin.yaw)
  const s = Math.sin(origin.yaw)
  return { x: origin.x + c * p.x + s * p.z, z: origin.z - s * p.x + c * p.z }
}

describe('recentring in a headset', () => {
  it('puts a visitor who has walked and turned back on the start spot, facing the start direction', () => {
    const start = { x: 0.4, z: 0.8, yaw: 0.3 }
    const head = { x: 1.2, z: -0.7, yaw: 1.1 }
    const origin = recentredOrigin(start, head, { x: 0, z: 0, yaw: 0 })
    const at = toWorld(origin, head)
    expect(at.x).toBeCloseTo(start.x, 6)
    expect(at.z).toBeCloseTo(start.z, 6)
    expect(origin.yaw + head.yaw).toBeCloseTo(start.yaw, 6)
  })

  it('a visitor already on the spot is left where they are', () => {
    const origin = recentredOrigin({ x: 0, z: 1, yaw: 0 }, { x: 0, z: 0, yaw: 0 }, { x: 9, z: 9, yaw: 9 })
    expect(origin).toEqual({ x: 0, z: 1, yaw: 0 })
  })

  it('seated: the view is raised by the difference between standing and seated eye heights', () => {
    expect(STANDING_EYE_M - SEATED_EYE_M).toBeCloseTo(0.4, 6)
  })
})
