import { describe, expect, it } from 'vitest'
import { bakedLightOf, roomLighting } from '../../src/scene/room-light'

const light = {
  exposure: 1.3,
  sources: [{ kind: 'bulb' as const, position: [0, 2.78, -0.4] as [number, number, number] }],
}

describe('room lighting', () => {
  it('reads the baked light a model carries from its root nodes, and nothing else', () => {
    expect(bakedLightOf([{ userData: {} }, { userData: { bakedLight: { scale: 0.8 } } }])).toEqual({ scale: 0.8 })
    expect(bakedLightOf([{ userData: { bakedLight: { scale: 'bright' } } }])).toBeNull()
    expect(bakedLightOf([{ userData: { bakedLight: { scale: -1 } } }])).toBeNull()
    expect(bakedLightOf([{ userData: {} }])).toBeNull()
  })

  it('shows a baked room by its own light at the content exposure, with one weak lamp at the bulb', () => {
    const l = roomLighting({ scale: 0.8 }, light, 2.9)
    expect(l.ambient).toBeCloseTo(Math.PI * 0.8)
    expect(l.hemisphere).toBe(0)
    expect(l.lamp).toBeGreaterThan(0)
    expect(l.lamp).toBeLessThan(l.ambient)
    expect(l.lampPosition[0]).toBe(0)
    expect(l.lampPosition[2]).toBe(-0.4)
    expect(l.exposure).toBe(1.3)
  })

  it('lights a room without baked light evenly, and can draw any room flat for comparison', () => {
    const live = roomLighting(null, undefined, 2.3)
    expect(live.hemisphere).toBeGreaterThan(0)
    expect(live.lampPosition[1]).toBeCloseTo(1.95)
    expect(live.exposure).toBe(1)
    const flat = roomLighting({ scale: 0.8 }, light, 2.9, true)
    expect(flat).toMatchObject({ ambient: Math.PI, hemisphere: 0, lamp: 0, exposure: 1 })
  })
})
