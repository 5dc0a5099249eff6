import { describe, expect, it } from 'vitest'
import { directionFrom } from '../../src/look/direction'
import { demoCells } from '../e2e/harness'

describe('where a spot is from the start view', () => {
  const at = [0, 0, 0] as const
  it.each([
    [[0, 1, -2], 0, 'ahead'],
    [[-1, 1, -2], 0, 'aheadLeft'],
    [[1, 1, -2], 0, 'aheadRight'],
    [[-2, 1, 0], 0, 'left'],
    [[2, 1, 0.1], 0, 'right'],
    [[-1, 1, 1.5], 0, 'behindLeft'],
    [[1, 1, 1.5], 0, 'behindRight'],
    [[0.1, 1, 2], 0, 'behind'],
    // Turned 90° to the left, the visitor faces −x: a spot at −x is ahead, one at −z is to the right.
    [[-2, 1, 0], 90, 'ahead'],
    [[0, 1, -2], 90, 'right'],
    [[0, 1, 2], 90, 'left'],
    [[2, 1, 0], 90, 'behind'],
    // Turned round (180°), what was ahead is behind.
    [[0, 1, -2], 180, 'behind'],
    [[-1, 1, 2], 180, 'aheadRight'],
  ] as const)('%j with yaw %i° is %s', (spot, yaw, expected) => {
    expect(directionFrom(spot, at, yaw)).toBe(expected)
  })

  it('measures from where the visitor stands, not from the room’s centre', () => {
    expect(directionFrom([0, 1, 0], [0, 0, 2], 0)).toBe('ahead')
    expect(directionFrom([0, 1, 0], [0, 0, -2], 0)).toBe('behind')
    expect(directionFrom([3, 1, 2], [3, 0, 2], 0)).toBe('ahead')
  })

  it('places the demo testimonies where a visitor at the start view finds them', () => {
    const found = Object.fromEntries(
      demoCells().flatMap((c) =>
        c.testimonies.map((t) => [t.id, directionFrom(t.position, c.start.position, c.start.yaw)]),
      ),
    )
    expect(found).toEqual({
      'sizo-window': 'ahead',
      'sizo-bunk': 'aheadLeft',
      'sizo-door': 'behindRight',
      'basement-floor': 'ahead',
      'basement-stairs': 'ahead',
    })
  })
})
