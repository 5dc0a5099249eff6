/**
 * The DEMO pre-trial detention (SIZO) cell, 3.0 m wide x 4.2 m deep x 2.9 m high: green-painted walls, two double
 * bunks, a barred window high in the back wall, the steel door with its hatch and peephole, a toilet corner, damp.
 *
 * Axes as model-kit/room.mjs sets them out. Walls, floor and ceiling are boxes whose thickness lies OUTSIDE the
 * interior, so their inner faces point into the room. The anchors must match the `position` of this cell's
 * testimonies in ../content.mjs (checked by build-audio.mjs and publish.mjs).
 */
import { CellBuilder } from '../model-kit/cell-builder.mjs'
import { room } from '../model-kit/room.mjs'

const ROOM = room({ width: 3.0, depth: 4.2, height: 2.9, wall: 0.4 }) // thick masonry: the window reveal shows it

export function buildSizoCell() {
  const { height: H, halfWidth: hw, halfDepth: hd, wall: T } = ROOM
  const PAINT = 1.5 // walls painted up to here, whitewashed above
  const b = new CellBuilder('sizo-cell')

  b.material('wall-paint', { texture: 'green-paint', roughness: 0.6 }) // the dull green oil paint of the lower walls
  b.material('whitewash', { texture: 'whitewash', roughness: 0.95 }) // upper walls and ceiling, yellowed, damp
  b.material('floor', { texture: 'concrete', tint: '#8f8a84', roughness: 0.85 }) // worn concrete
  b.material('metal', { texture: 'chipped-enamel', roughness: 0.6, metallic: 0.3 }) // bunk frames, bars, fittings
  b.material('door-steel', { texture: 'chipped-enamel', tint: '#b4c2b8', roughness: 0.5, metallic: 0.3 })
  b.material('mattress', { texture: 'mattress', roughness: 1 }) // thin, striped ticking, stained
  b.material('wood', { texture: 'wood', roughness: 0.8 }) // table top, bench
  b.material('ceramic', { texture: 'ceramic', roughness: 0.35 }) // squat toilet ("dalnyak"), sink
  b.material('pipe', { texture: 'rust', roughness: 0.7, metallic: 0.2 }) // the heating riser
  b.material('dark', { color: '#141414', roughness: 1 }) // holes, peephole
  b.material('daylight', { color: '#9aa3ab', roughness: 0.3, emissive: '#7d8894' }) // frosted window
  b.material('lamp', { color: '#fff4d6', roughness: 0.4, emissive: '#fff1c9' })

  // floor and ceiling slabs
  b.box('floor', [-hw - T, -0.2, -hd - T], [hw + T, 0, hd + T])
  b.box('whitewash', [-hw - T, H, -hd - T], [hw + T, H + 0.25, hd + T])

  // side walls (inside z range only; back and front walls cover the corners)
  for (const s of [-1, 1]) {
    const x0 = s < 0 ? -hw - T : hw
    const x1 = s < 0 ? -hw : hw + T
    b.box('wall-paint', [x0, 0, -hd], [x1, PAINT, hd])
    b.box('whitewash', [x0, PAINT, -hd], [x1, H, hd])
  }

  // back wall with a small window high up: opening x -0.45..0.45, y 2.0..2.55
  const win = { x0: -0.45, x1: 0.45, y0: 2.0, y1: 2.55 }
  const back = [-hd - T, -hd]
  b.box('wall-paint', [-hw - T, 0, back[0]], [hw + T, PAINT, back[1]])
  b.box('whitewash', [-hw - T, PAINT, back[0]], [hw + T, win.y0, back[1]])
  b.box('whitewash', [-hw - T, win.y0, back[0]], [win.x0, win.y1, back[1]])
  b.box('whitewash', [win.x1, win.y0, back[0]], [hw + T, win.y1, back[1]])
  b.box('whitewash', [-hw - T, win.y1, back[0]], [hw + T, H, back[1]])
  // frosted, dirty glass deep in the reveal (nothing but grey light can be seen), then the bars near the inner face
  b.box('daylight', [win.x0, win.y0, -hd - 0.3], [win.x1, win.y1, -hd - 0.28])
  b.box('metal', [win.x0, win.y0, -hd - 0.28], [win.x1, win.y0 + 0.03, -hd - 0.2]) // frame bottom
  for (let x = win.x0 + 0.075; x < win.x1 - 0.01; x += 0.075) {
    b.boxAt('metal', [x, (win.y0 + win.y1) / 2, -hd - 0.06], [0.018, win.y1 - win.y0, 0.018])
  }
  for (const y of [2.16, 2.38]) b.boxAt('metal', [0, y, -hd - 0.035], [win.x1 - win.x0, 0.02, 0.012])
  // an outer mesh ("reshka") behind the bars
  for (let x = win.x0 + 0.025; x < win.x1; x += 0.05) {
    b.boxAt('metal', [x, (win.y0 + win.y1) / 2, -hd - 0.24], [0.006, win.y1 - win.y0, 0.006])
  }
  for (let y = win.y0 + 0.025; y < win.y1; y += 0.05) {
    b.boxAt('metal', [0, y, -hd - 0.235], [win.x1 - win.x0, 0.006, 0.006])
  }

  // front wall with the steel door: opening x 0.2..0.95, y 0..1.95
  const door = { x0: 0.2, x1: 0.95, y1: 1.95 }
  const front = [hd, hd + T]
  b.box('wall-paint', [-hw - T, 0, front[0]], [door.x0, PAINT, front[1]])
  b.box('wall-paint', [door.x1, 0, front[0]], [hw + T, PAINT, front[1]])
  b.box('whitewash', [-hw - T, PAINT, front[0]], [door.x0, door.y1, front[1]])
  b.box('whitewash', [door.x1, PAINT, front[0]], [hw + T, door.y1, front[1]])
  b.box('whitewash', [-hw - T, door.y1, front[0]], [hw + T, H, front[1]])
  // the door leaf, set 6 cm into the opening, with a steel frame, hinges, the food hatch and the peephole
  const dz = hd + 0.06 // inner face of the leaf
  b.box('door-steel', [door.x0, 0, dz], [door.x1, door.y1, dz + 0.08])
  // (the frame is 1 cm inside the opening so that none of its faces lies in the plane of a wall face)
  b.box('metal', [door.x0 - 0.05, 0, hd - 0.02], [door.x0 + 0.01, door.y1 + 0.05, dz])
  b.box('metal', [door.x1 - 0.01, 0, hd - 0.02], [door.x1 + 0.05, door.y1 + 0.05, dz])
  b.box('metal', [door.x0 + 0.01, door.y1 - 0.01, hd - 0.02], [door.x1 - 0.01, door.y1 + 0.05, dz])
  // reinforcing bands across the leaf
  for (const y of [0.5, 1.45]) b.box('door-steel', [door.x0 + 0.04, y, dz - 0.015], [door.x1 - 0.04, y + 0.06, dz])
  // the hatch ("kormushka"): a plate on the leaf, with a shelf hinged below it
  b.box('metal', [0.36, 0.95, dz - 0.025], [0.79, 1.25, dz])
  b.box('dark', [0.38, 1.23, dz - 0.028], [0.77, 1.24, dz - 0.025])
  b.box('metal', [0.53, 0.9, dz - 0.05], [0.62, 0.95, dz - 0.02]) // latch housing
  // peephole ("glazok")
  b.box('metal', [0.545, 1.52, dz - 0.02], [0.605, 1.58, dz])
  b.box('dark', [0.563, 1.538, dz - 0.022], [0.587, 1.562, dz - 0.02])
  // a night lamp over the door, behind a mesh: in many cells it is never switched off
  b.box('whitewash', [0.4, 2.25, hd - 0.12], [0.75, 2.45, hd])
  b.box('lamp', [0.43, 2.28, hd - 0.121], [0.72, 2.42, hd - 0.12])
  for (let x = 0.42; x < 0.74; x += 0.04) b.boxAt('metal', [x, 2.35, hd - 0.135], [0.006, 0.2, 0.006])

  // two double bunks along the side walls, welded metal frames with strap slats and thin mattresses
  const BUNK = { w: 0.76, z0: -2.05, z1: -0.1, levels: [0.42, 1.38], top: 1.8 }
  for (const s of [-1, 1]) {
    const xOut = s * (hw - 0.02)
    const xIn = s * (hw - 0.02 - BUNK.w)
    const x0 = Math.min(xOut, xIn)
    const x1 = Math.max(xOut, xIn)
    const P = 0.05 // square tube
    for (const x of [x0, x1 - P]) {
      for (const z of [BUNK.z0, BUNK.z1 - P]) b.box('metal', [x, 0, z], [x + P, BUNK.top, z + P])
    }
    for (const y of BUNK.levels) {
      // frame: long rails and end rails
      b.box('metal', [x0, y - 0.05, BUNK.z0], [x0 + P, y, BUNK.z1])
      b.box('metal', [x1 - P, y - 0.05, BUNK.z0], [x1, y, BUNK.z1])
      b.box('metal', [x0, y - 0.05, BUNK.z0], [x1, y, BUNK.z0 + P])
      b.box('metal', [x0, y - 0.05, BUNK.z1 - P], [x1, y, BUNK.z1])
      // strap slats across
      for (let z = BUNK.z0 + 0.15; z < BUNK.z1 - 0.1; z += 0.2)
        b.box('metal', [x0 + P, y - 0.012, z], [x1 - P, y, z + 0.04])
      // mattress (7 cm) and a flat pillow at the head, by the back wall
      b.box('mattress', [x0 + 0.03, y, BUNK.z0 + 0.03], [x1 - 0.03, y + 0.07, BUNK.z1 - 0.03])
      b.box('mattress', [x0 + 0.08, y + 0.07, BUNK.z0 + 0.06], [x1 - 0.08, y + 0.12, BUNK.z0 + 0.42])
    }
    // guard rail along the top bunk's open side
    const xr = s < 0 ? x1 - P : x0
    b.box('metal', [xr, BUNK.top - 0.03, BUNK.z0], [xr + P, BUNK.top, BUNK.z1])
  }

  // table fixed to the floor under the window, with a bench
  const tbl = { x0: -0.3, x1: 0.3, z0: -1.95, z1: -1.15, y: 0.76 }
  b.box('wood', [tbl.x0, tbl.y - 0.04, tbl.z0], [tbl.x1, tbl.y, tbl.z1])
  for (const x of [tbl.x0 + 0.04, tbl.x1 - 0.08]) {
    for (const z of [tbl.z0 + 0.04, tbl.z1 - 0.08]) b.box('metal', [x, 0, z], [x + 0.04, tbl.y - 0.04, z + 0.04])
  }
  b.box('metal', [tbl.x0 + 0.04, 0.2, tbl.z0 + 0.05], [tbl.x1 - 0.04, 0.23, tbl.z0 + 0.07])
  const bench = { x0: 0.36, x1: 0.62, y: 0.44 }
  b.box('wood', [bench.x0, bench.y - 0.04, tbl.z0], [bench.x1, bench.y, tbl.z1])
  for (const z of [tbl.z0 + 0.05, tbl.z1 - 0.09]) b.box('metal', [0.47, 0, z], [0.51, bench.y - 0.04, z + 0.04])

  // toilet corner ("dalnyak"), front left: a raised step with a squat pan, behind a low partition
  b.box('floor', [-hw, 0, 1.4], [-0.78, 0.18, hd])
  b.box('ceramic', [-1.28, 0.18, 1.62], [-0.98, 0.195, 2.02])
  b.box('dark', [-1.18, 0.195, 1.7], [-1.08, 0.197, 1.85])
  b.box('metal', [-1.45, 0.6, hd - 0.04], [-1.4, 1.6, hd]) // flush pipe
  b.box('wall-paint', [-hw, 0, 1.3], [-0.7, 1.1, 1.38]) // partition
  b.box('wall-paint', [-0.78, 0, 1.38], [-0.7, 1.1, 1.72])
  // a small sink on the side wall, outside the partition
  b.box('ceramic', [-hw, 0.78, 0.55], [-hw + 0.32, 0.86, 0.95])
  b.box('metal', [-hw, 0.95, 0.73], [-hw + 0.1, 0.98, 0.77])
  b.box('metal', [-hw + 0.08, 0.9, 0.735], [-hw + 0.11, 0.98, 0.765])

  // caged ceiling lamp
  const L = [0, H, -0.4]
  b.box('metal', [L[0] - 0.15, H - 0.03, L[2] - 0.15], [L[0] + 0.15, H, L[2] + 0.15])
  b.sphere('lamp', [L[0], H - 0.12, L[2]], 0.075)
  for (const dx of [-0.11, 0.11]) {
    for (const dz of [-0.11, 0.11])
      b.box('metal', [dx - 0.006, H - 0.23, L[2] + dz - 0.006], [dx + 0.006, H - 0.03, L[2] + dz + 0.006])
  }
  for (const y of [H - 0.23, H - 0.13]) {
    for (const s of [-1, 1]) {
      b.box('metal', [-0.116, y, L[2] + s * 0.11 - 0.006], [0.116, y + 0.012, L[2] + s * 0.11 + 0.006])
      b.box('metal', [s * 0.11 - 0.006, y, L[2] - 0.116], [s * 0.11 + 0.006, y + 0.012, L[2] + 0.116])
    }
  }
  b.box('metal', [-0.006, H - 0.235, L[2] - 0.116], [0.006, H - 0.223, L[2] + 0.116])
  b.box('metal', [-0.116, H - 0.235, L[2] - 0.006], [0.116, H - 0.223, L[2] + 0.006])

  // a heating riser in the back corner and a pipe along the back wall under the window, on brackets
  b.cylinder('pipe', {
    axis: 'y',
    center: [hw - 0.08, H / 2, -hd + 0.08],
    radius: 0.03,
    length: H,
    segments: 10,
    caps: 'none',
  })
  b.cylinder('pipe', { axis: 'x', center: [0.1, 0.55, -hd + 0.08], radius: 0.03, length: 2.7, segments: 10 })
  for (const x of [-0.9, 0.9]) b.box('metal', [x - 0.02, 0.5, -hd], [x + 0.02, 0.53, -hd + 0.1])
  // a plastic basin and a bag of belongings under the lower bunk
  b.cylinder('ceramic', {
    axis: 'y',
    center: [0.85, 0.07, -1.0],
    radius: 0.2,
    length: 0.14,
    segments: 14,
    caps: 'start',
  })
  b.box('mattress', [-1.2, 0, -1.6], [-0.85, 0.22, -1.25])

  b.anchor('window', [0, 1.6, -1.75])
  b.anchor('bunk', [-0.55, 1.2, -0.6])
  b.anchor('door', [0.575, 1.5, 1.7])
  b.anchor('start', [0, 0, 0.9])
  return b
}
