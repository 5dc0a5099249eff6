import { OfflineAudioContext } from 'node-web-audio-api'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createSpeechPanner,
  EarRouting,
  listenerPosition,
  pannerPosition,
  setListenerPose,
  setPannerPosition,
} from '../../src/audio/spatial'
import type { Testimony } from '../../src/content/schema'
import { testimonyWorldPosition } from '../../src/testimonies/play'
import { placeCell } from '../../src/xr/placement'
import { usePlacementStore } from '../../src/xr/placement-store'

const RATE = 44100

/** Renders half a second of a tone from `source` heard by a listener at the origin facing `forward`. */
async function render(source: [number, number, number], forward: [number, number, number]) {
  const ctx = new OfflineAudioContext(2, RATE / 2, RATE)
  const osc = ctx.createOscillator()
  osc.frequency.value = 500
  const panner = createSpeechPanner(ctx as unknown as BaseAudioContext)
  setPannerPosition(panner, { x: source[0], y: source[1], z: source[2] })
  setListenerPose(
    ctx.listener as unknown as AudioListener,
    { x: 0, y: 1.6, z: 0 },
    { x: forward[0], y: forward[1], z: forward[2] },
    { x: 0, y: 1, z: 0 },
  )
  osc.connect(panner as never).connect(ctx.destination)
  osc.start()
  const buffer = await ctx.startRendering()
  const energy = (c: number) => buffer.getChannelData(c).reduce((sum, v) => sum + v * v, 0)
  return { left: energy(0), right: energy(1), panner, listener: ctx.listener }
}

const testimony = { id: 'window', position: [0.5, 1.6, -1.75] } as unknown as Testimony

afterEach(() => usePlacementStore.getState().reset())

describe('the audio graph', () => {
  it("puts a testimony's panner at its marker's world position", async () => {
    const at = testimonyWorldPosition(testimony)
    const { panner } = await render([at.x, at.y, at.z], [0, 0, -1])
    expect(pannerPosition(panner)).toEqual([0.5, 1.6, -1.75].map((v) => expect.closeTo(v, 5)))
  })

  it('moves the voice with the cell when it is placed in AR', () => {
    const placement = placeCell({ x: 2, y: 0, z: -3 }, { x: 2, y: 1.6, z: 0 }, 4.2, 'life')
    usePlacementStore.getState().place(placement)
    const at = testimonyWorldPosition(testimony)
    // Facing the visitor (yaw 0), the room starts at the reticle and extends 4.2 m away from them.
    expect([at.x, at.y, at.z]).toEqual([2.5, 1.6, -3 - 2.1 - 1.75].map((v) => expect.closeTo(v, 5)))
  })

  it('the listener follows the pose, and a voice on the right is louder in the right ear', async () => {
    const facingForward = await render([2, 1.6, 0], [0, 0, -1])
    expect(listenerPosition(facingForward.listener as unknown as AudioListener)).toEqual(
      [0, 1.6, 0].map((v) => expect.closeTo(v, 5)),
    )
    expect(facingForward.right).toBeGreaterThan(facingForward.left * 1.5)

    // Turn around: the same voice is now on the left.
    const turned = await render([2, 1.6, 0], [0, 0, 1])
    expect(turned.left).toBeGreaterThan(turned.right * 1.5)
  })

  it('a nearer voice is louder than a farther one', async () => {
    const near = await render([0, 1.6, -1], [0, 0, -1])
    const far = await render([0, 1.6, -4], [0, 0, -1])
    expect(near.left + near.right).toBeGreaterThan((far.left + far.right) * 2)
  })
})

describe('mono for one-ear hearing', () => {
  /** Renders a voice 2 m to the listener's right through the ear routing; returns each ear's samples. */
  async function renderEars(mono: boolean) {
    const ctx = new OfflineAudioContext(2, RATE / 2, RATE)
    const osc = ctx.createOscillator()
    osc.frequency.value = 500
    const panner = createSpeechPanner(ctx as unknown as BaseAudioContext)
    setPannerPosition(panner, { x: 2, y: 1.6, z: 0 })
    setListenerPose(
      ctx.listener as unknown as AudioListener,
      { x: 0, y: 1.6, z: 0 },
      { x: 0, y: 0, z: -1 },
      {
        x: 0,
        y: 1,
        z: 0,
      },
    )
    osc.connect(panner as never)
    const ears = new EarRouting(panner, ctx.destination as unknown as AudioNode)
    ears.setMono(true)
    ears.setMono(mono) // switching back and forth leaves one path connected
    osc.start()
    const buffer = await ctx.startRendering()
    return { left: buffer.getChannelData(0), right: buffer.getChannelData(1) }
  }
  const energy = (samples: Float32Array) => samples.reduce((sum, v) => sum + v * v, 0)

  it('stereo: a voice off to the right is louder in the right ear', async () => {
    const { left, right } = await renderEars(false)
    expect(energy(right)).toBeGreaterThan(energy(left) * 2)
  })

  it('mono: both ears hear the same voice, sample for sample, and it is not silent', async () => {
    const { left, right } = await renderEars(true)
    expect(energy(left)).toBeGreaterThan(1)
    let largest = 0
    for (let i = 0; i < left.length; i++) largest = Math.max(largest, Math.abs((left[i] ?? 0) - (right[i] ?? 0)))
    expect(largest).toBeLessThan(1e-6)
  })
})
