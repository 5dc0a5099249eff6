import { describe, expect, it } from 'vitest'
import { cellToWorld, FloorTracker, isHorizontalUp, placeCell, TABLETOP_SCALE } from '../../src/xr/placement'

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

  it('life size: a desk 0.75 m high is not the floor, whether it is seen before or after the floor', () => {
    const standing = 1.6
    const deskFirst = new FloorTracker()
    expect(deskFirst.accepts(0.75, standing, 'life')).toBe(false)
    expect(deskFirst.accepts(0, standing, 'life')).toBe(true)
    expect(deskFirst.accepts(0.75, standing, 'life')).toBe(false)
    expect(deskFirst.floorY).toBe(0)

    // A floor seen from a low eye (sitting): the desk is still refused, a step of a few centimetres is not.
    const seated = new FloorTracker()
    expect(seated.accepts(0.02, 1.2, 'life')).toBe(true)
    expect(seated.accepts(0.75, 1.2, 'life')).toBe(false)
    expect(seated.accepts(0.1, 1.6, 'life')).toBe(true)
  })

  it('life size: a raised surface is refused once a lower floor has been seen, even under a tall visitor', () => {
    const tracker = new FloorTracker()
    expect(tracker.accepts(-1.7, 0, 'life')).toBe(true) // local space: eyes at 0, floor 1.7 m below
    expect(tracker.accepts(-0.95, 0.1, 'life')).toBe(false) // a desk 0.75 m above that floor, 1.05 m below the eye
    expect(tracker.accepts(-1.65, 0, 'life')).toBe(true)
  })

  it('tabletop: a desk is welcome, and forgetting the room starts afresh', () => {
    const tracker = new FloorTracker()
    expect(tracker.accepts(0.75, 1.6, 'tabletop')).toBe(true)
    tracker.accepts(0, 1.6, 'life')
    tracker.reset()
    expect(tracker.floorY).toBeNull()
  })
})
