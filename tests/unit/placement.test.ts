import { describe, expect, it } from 'vitest'
import { cellToWorld, isHorizontalUp, placeCell, TABLETOP_SCALE } from '../../src/xr/placement'

describe('AR placement', () => {
  it('life size: the front wall stands on the reticle and the room extends away from the visitor', () => {
    const p = placeCell({ x: 1, y: 0, z: -2 }, { x: 1, y: 1.6, z: 0 }, 4, 'life')
    expect(p.scale).toBe(1)
    expect(p.yaw).toBeCloseTo(0)
    expect(p.position).toEqual([1, 0, -4].map((v) => expect.closeTo(v, 6)))
    // The middle of the front wall (local z = +depth/2) is exactly where the reticle was.
    const front = cellToWorld(p, [0, 0, 2], { x: 0, y: 0, z: 0 })
    expect([front.x, front.y, front.z]).toEqual([1, 0, -2].map((v) => expect.closeTo(v, 6)))
  })

  it("turns the cell's front towards a visitor standing to the side", () => {
    const p = placeCell({ x: 0, y: 0, z: 0 }, { x: 3, y: 1.6, z: 0 }, 4, 'life')
    expect(p.yaw).toBeCloseTo(Math.PI / 2)
    // The room's back wall (local −z) lies away from the visitor, at −x.
    const back = cellToWorld(p, [0, 0, -2], { x: 0, y: 0, z: 0 })
    expect(back.x).toBeCloseTo(-4)
  })

  it('tabletop: the centre on the reticle at 1:15', () => {
    const p = placeCell({ x: 0.2, y: 0.75, z: -0.5 }, { x: 0, y: 1.5, z: 0.3 }, 4, 'tabletop')
    expect(p.scale).toBe(TABLETOP_SCALE)
    expect(p.position).toEqual([0.2, 0.75, -0.5])
    const top = cellToWorld(p, [0, 3, 0], { x: 0, y: 0, z: 0 })
    expect(top.y).toBeCloseTo(0.75 + 3 / 15)
  })

  it('accepts floors and tables, not walls', () => {
    expect(isHorizontalUp(1)).toBe(true)
    expect(isHorizontalUp(Math.cos((20 * Math.PI) / 180))).toBe(true)
    expect(isHorizontalUp(0)).toBe(false)
    expect(isHorizontalUp(-1)).toBe(false)
  })
})
