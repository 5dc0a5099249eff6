/**
 * The DEMO basement used as a makeshift prison, 4.5 m wide x 5.5 m deep x 2.3 m high: bare concrete, a stair up to
 * a bolted door, pipes under the ceiling, pallets and mattresses on the floor, a bucket, one small vent, damp.
 *
 * Axes as model-kit/room.mjs sets them out. Walls, floor and ceiling are boxes whose thickness lies OUTSIDE the
 * interior, so their inner faces point into the room. The anchors must match the `position` of this cell's
 * testimonies in ../content.mjs (checked by build-audio.mjs and publish.mjs).
 */
import { CellBuilder } from '../model-kit/cell-builder.mjs'
import { room } from '../model-kit/room.mjs'
/** @import { Axis, Vec } from '../model-kit/vector.mjs' */

const ROOM = room({ width: 4.5, depth: 5.5, height: 2.3, wall: 0.4 })

/** @returns {CellBuilder} */
export function buildBasement() {
  const { depth: D, height: H, halfWidth: hw, halfDepth: hd, wall: T } = ROOM
  const b = new CellBuilder('basement')

  b.material('concrete', { texture: 'damp-concrete', roughness: 0.97 }) // walls, ceiling, stairwell
  b.material('concrete-floor', { texture: 'concrete', tint: '#8a857e', roughness: 0.9 }) // floor, stairs
  b.material('patch', { texture: 'concrete', tint: '#c2bcb0', roughness: 1 }) // rough repairs, cement smears
  b.material('damp', { color: '#3e3f37', roughness: 0.25 }) // the wet puddle under the valve
  b.material('pipe', { texture: 'rust', roughness: 0.8, metallic: 0.3 }) // rusty pipes
  b.material('metal', { texture: 'rust', tint: '#b7b9ba', roughness: 0.6, metallic: 0.3 }) // bucket, grate, brackets
  b.material('wood', { texture: 'wood', tint: '#c8b89c', roughness: 0.9 }) // pallets, the door at the top of the stairs
  b.material('mattress', { texture: 'mattress', tint: '#b8ad98', roughness: 1 }) // stained, thin
  b.material('blanket', { texture: 'blanket', roughness: 1 })
  b.material('dark', { color: '#121212', roughness: 1 })
  b.material('lamp', { color: '#fff0c8', roughness: 0.4, emissive: '#ffe2a6' })

  // stairwell: steps along the left wall rising to the front, through an opening in the ceiling, to a door
  const ST = { x0: -hw, x1: -1.4, z0: 0.05, run: 0.21, steps: 10, landing: 2.55, openZ: 0.4 }
  const rise = ST.landing / (ST.steps + 1)
  const TOP = ST.landing + 2.2 // stairwell ceiling

  b.box('concrete-floor', [-hw - T, -0.2, -hd - T], [hw + T, 0, hd + T])
  // ceiling with the stairwell opening
  b.box('concrete', [ST.x1, H, -hd - T], [hw + T, H + 0.25, hd + T])
  b.box('concrete', [-hw - T, H, -hd - T], [ST.x1, H + 0.25, ST.openZ])
  // walls
  b.box('concrete', [-hw - T, 0, -hd], [-hw, H, hd])
  b.box('concrete', [hw, 0, -hd], [hw + T, H, hd])
  b.box('concrete', [-hw - T, 0, -hd - T], [hw + T, H, -hd])
  b.box('concrete', [-hw - T, 0, hd], [hw + T, H, hd + T])
  // stairwell walls above the ceiling, and its own ceiling
  b.box('concrete', [-hw - T, H, ST.openZ], [-hw, TOP, hd])
  b.box('concrete', [ST.x1, H, ST.openZ], [ST.x1 + T, TOP, hd])
  b.box('concrete', [-hw - T, H, ST.openZ - T], [ST.x1 + T, TOP, ST.openZ])
  b.box('concrete', [-hw - T, H, hd], [ST.x1 + T, TOP, hd + T])
  b.box('concrete', [-hw - T, TOP, ST.openZ - T], [ST.x1 + T, TOP + 0.25, hd + T])
  // steps (solid concrete) and the landing
  for (let i = 1; i <= ST.steps; i++) {
    const z0 = ST.z0 + (i - 1) * ST.run
    b.box('concrete-floor', [ST.x0, 0, z0], [ST.x1, i * rise, z0 + ST.run])
  }
  const landingZ = ST.z0 + ST.steps * ST.run
  b.box('concrete-floor', [ST.x0, 0, landingZ], [ST.x1, ST.landing, hd])
  // a handrail on the open side of the stair, on four posts
  /** @type {(i: number) => Vec} */
  const railAt = (i) => [ST.x1 + 0.04, i * rise + 0.9, ST.z0 + (i - 0.5) * ST.run]
  b.beam('metal', railAt(1), railAt(10), 0.03)
  for (const i of [1, 4, 7, 10]) {
    const z = ST.z0 + (i - 0.5) * ST.run
    b.box('metal', [ST.x1 + 0.03, i * rise, z - 0.012], [ST.x1 + 0.05, i * rise + 0.9, z + 0.012])
  }
  // the door at the top: planks on the front wall of the stairwell, a strip of light under it, a bolt
  const DX = [-2.18, -1.47]
  b.box('wood', [DX[0], ST.landing + 0.012, hd - 0.05], [DX[1], ST.landing + 1.95, hd])
  for (let x = DX[0] + 0.14; x < DX[1] - 0.05; x += 0.14) {
    b.box('dark', [x - 0.004, ST.landing + 0.02, hd - 0.052], [x + 0.004, ST.landing + 1.94, hd - 0.05])
  }
  b.box('lamp', [DX[0] + 0.02, ST.landing, hd - 0.03], [DX[1] - 0.02, ST.landing + 0.012, hd - 0.01])
  b.box('metal', [-1.65, ST.landing + 1.0, hd - 0.07], [-1.52, ST.landing + 1.05, hd - 0.05])

  // pipes under the ceiling: two along the room, one across by the back wall, on brackets
  /** @type {{ axis: Axis; center: Vec; radius: number; length: number }[]} */
  const pipes = [
    { axis: 'z', center: [1.65, 2.13, 0], radius: 0.055, length: D },
    { axis: 'z', center: [1.85, 2.11, 0], radius: 0.035, length: D },
    { axis: 'x', center: [0.25, 1.98, -2.45], radius: 0.045, length: 4.0 },
  ]
  for (const p of pipes) b.cylinder('pipe', { ...p, segments: 12, caps: 'none' })
  b.cylinder('pipe', {
    axis: 'x',
    center: [-2.05, 1.98, -2.45],
    radius: 0.045,
    length: 0.4,
    segments: 12,
    caps: 'none',
  })
  b.cylinder('pipe', { axis: 'x', center: [-1.8, 1.98, -2.45], radius: 0.06, length: 0.1, segments: 12 }) // a valve
  b.cylinder('metal', { axis: 'y', center: [-1.8, 2.09, -2.45], radius: 0.01, length: 0.1, segments: 6, caps: 'none' })
  b.cylinder('metal', { axis: 'y', center: [-1.8, 2.145, -2.45], radius: 0.05, length: 0.012, segments: 12 })
  // hangers: a bar under both pipes, two rods up to the ceiling
  for (const z of [-1.8, -0.3, 1.2]) {
    b.box('metal', [1.55, 2.055, z - 0.02], [1.95, 2.075, z + 0.02])
    for (const x of [1.55, 1.93]) b.box('metal', [x, 2.075, z - 0.01], [x + 0.02, H, z + 0.01])
  }
  // a puddle where the valve drips
  b.cylinder('damp', {
    axis: 'y',
    center: [-1.78, 0.001, -2.4],
    radius: 0.28,
    length: 0.002,
    segments: 20,
    caps: 'end',
  })

  // the bare bulb on a wire
  const bulb = [0.2, H - 0.45, -0.4] // the light content.mjs bakes stands here
  b.box('dark', [bulb[0] - 0.004, bulb[1] + 0.1, bulb[2] - 0.004], [bulb[0] + 0.004, H, bulb[2] + 0.004])
  b.cylinder('dark', {
    axis: 'y',
    center: [bulb[0], bulb[1] + 0.08, bulb[2]],
    radius: 0.022,
    length: 0.06,
    segments: 10,
  })
  b.sphere('lamp', bulb, 0.045)

  // pallets and mattresses on the floor: more sleepers than places
  /** @type {(x0: number, z0: number, alongX: boolean) => [number, number, number, number]} */
  const pallet = (x0, z0, alongX) => {
    const L = 1.2
    const Wp = 0.8
    const sx = alongX ? L : Wp
    const sz = alongX ? Wp : L
    for (let k = 0; k < 3; k++) {
      const o = 0.02 + (k * ((alongX ? sz : sx) - 0.14)) / 2
      if (alongX) b.box('wood', [x0, 0, z0 + o], [x0 + sx, 0.1, z0 + o + 0.1])
      else b.box('wood', [x0 + o, 0, z0], [x0 + o + 0.1, 0.1, z0 + sz])
    }
    for (let k = 0; k < 6; k++) {
      const o = 0.01 + (k * ((alongX ? sx : sz) - 0.12)) / 5
      if (alongX) b.box('wood', [x0 + o, 0.1, z0], [x0 + o + 0.1, 0.125, z0 + sz])
      else b.box('wood', [x0, 0.1, z0 + o], [x0 + sx, 0.125, z0 + o + 0.1])
    }
    return [x0, z0, x0 + sx, z0 + sz]
  }
  /** @type {(bounds: [number, number, number, number], y: number, thick?: number) => void} */
  const mattress = ([x0, z0, x1, z1], y, thick = 0.07) =>
    b.box('mattress', [x0 + 0.03, y, z0 + 0.02], [x1 - 0.03, y + thick, z1 - 0.02])
  const p1 = pallet(-1.3, -hd + 0.05, true)
  const p2 = pallet(-0.05, -hd + 0.05, true)
  const p3 = pallet(hw - 0.85, -1.55, false)
  for (const p of [p1, p2, p3]) mattress(p, 0.125)
  mattress([hw - 0.85, 0.0, hw - 0.05, 1.9], 0, 0.06) // straight on the concrete
  mattress([-1.25, -1.7, -0.45, -0.2], 0, 0.05)
  // blankets, crumpled
  b.box('blanket', [-1.2, 0.195, -2.6], [-0.55, 0.24, -2.05])
  b.box('blanket', [0.35, 0.195, -2.55], [1.0, 0.23, -2.1])
  b.box('blanket', [hw - 0.75, 0.06, 1.0], [hw - 0.15, 0.1, 1.7])
  b.box('blanket', [-1.15, 0.05, -0.75], [-0.55, 0.08, -0.3])
  // plastic bottles by the mattresses (water is rationed)
  for (const [x, z] of [
    [1.25, -1.95],
    [-0.35, -1.1],
  ]) {
    b.cylinder('patch', { axis: 'y', center: [x, 0.14, z], radius: 0.045, length: 0.28, segments: 8 })
    b.cylinder('blanket', { axis: 'y', center: [x, 0.295, z], radius: 0.016, length: 0.03, segments: 8 })
  }

  // the bucket, in the corner by the stair foot
  const bk = [-1.05, 0, 2.35]
  b.cylinder('metal', {
    axis: 'y',
    center: [bk[0], 0.16, bk[2]],
    radius: 0.15,
    length: 0.32,
    segments: 16,
    caps: 'start',
  })
  b.cylinder('metal', {
    axis: 'y',
    center: [bk[0], 0.295, bk[2]],
    radius: 0.145,
    length: 0.05,
    segments: 16,
    caps: 'none',
    inward: true,
  })
  b.cylinder('dark', {
    axis: 'y',
    center: [bk[0], 0.269, bk[2]],
    radius: 0.145,
    length: 0.002,
    segments: 16,
    caps: 'end',
  })
  b.cylinder('metal', {
    axis: 'y',
    center: [bk[0], 0.325, bk[2]],
    radius: 0.16,
    length: 0.012,
    segments: 16,
    caps: 'none',
  })
  b.box('metal', [bk[0] - 0.16, 0.33, bk[2] - 0.006], [bk[0] + 0.16, 0.34, bk[2] + 0.006]) // handle, laid down

  // a tiny ventilation grate high on the back wall: the only opening
  const vent = { x0: 1.0, x1: 1.25, y0: 1.92, y1: 2.04 }
  b.box('dark', [vent.x0, vent.y0, -hd], [vent.x1, vent.y1, -hd + 0.004])
  b.box('metal', [vent.x0 - 0.02, vent.y0 - 0.02, -hd], [vent.x1 + 0.02, vent.y0, -hd + 0.015])
  b.box('metal', [vent.x0 - 0.02, vent.y1, -hd], [vent.x1 + 0.02, vent.y1 + 0.02, -hd + 0.015])
  b.box('metal', [vent.x0 - 0.02, vent.y0, -hd], [vent.x0, vent.y1, -hd + 0.015])
  b.box('metal', [vent.x1, vent.y0, -hd], [vent.x1 + 0.02, vent.y1, -hd + 0.015])
  for (let y = vent.y0 + 0.02; y < vent.y1 - 0.01; y += 0.025)
    b.box('metal', [vent.x0, y, -hd + 0.004], [vent.x1, y + 0.006, -hd + 0.012])

  // rough walls: cement smears and patches, damp climbing from the floor
  /** @type {[number, [number, number], [number, number]][]} */
  const patches = [
    [-hw, [0.3, 1.2], [-2.0, -0.9]],
    [-hw, [1.4, 2.0], [-0.4, 0.3]],
    [hw, [0.6, 1.5], [-2.4, -1.7]],
    [hw, [1.2, 2.1], [0.9, 2.2]],
  ]
  for (const [x, [y0, y1], [z0, z1]] of patches) {
    const s = Math.sign(x)
    b.box('patch', [x - (s > 0 ? 0.006 : 0), y0, z0], [x + (s < 0 ? 0.006 : 0), y1, z1])
  }
  b.box('patch', [-0.9, 0.9, -hd], [-0.1, 1.6, -hd + 0.006])
  b.box('patch', [0.9, 0.4, hd - 0.006], [2.0, 1.1, hd])
  // a seam in the ceiling slabs
  b.box('patch', [ST.x1, H - 0.006, 0.8], [hw, H, 0.85])
  b.box('patch', [ST.x1, H - 0.006, -1.2], [hw, H, -1.15])

  b.anchor('floor', [0.0, 1.1, -1.4])
  b.anchor('stairs', [-1.05, 1.5, 0.25])
  b.anchor('vent', [1.12, 1.6, -2.3])
  b.anchor('bucket', [-1.05, 1.0, 2.0])
  b.anchor('start', [0.8, 0, 1.8])
  return b
}
