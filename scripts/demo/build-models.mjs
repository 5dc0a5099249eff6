/**
 * Builds the SOURCE models of the two DEMO cells, as glTF-binary files in .demo-build/models/ (a scratch folder):
 *
 *   sizo-cell.glb  a pre-trial detention (SIZO) cell, 3.0 m wide x 4.2 m deep x 2.9 m high
 *   basement.glb   a basement used as a makeshift prison, 4.5 m wide x 5.5 m deep x 2.3 m high
 *
 * They are generic reconstructions made of boxes, cylinders and spheres, not models of a specific prison.
 *
 * Conventions: metres; origin at the centre of the floor; +y up; -z is the back wall, +z the front wall.
 * Walls, floor and ceiling are boxes whose thickness lies OUTSIDE the interior volume, so their inner faces point
 * into the room. Every triangle is wound counter-clockwise seen from the side its normal points to (checked below).
 * All geometry sharing a material is merged into ONE primitive, so draw calls = number of materials.
 * Empty nodes named `anchor-<name>` mark where testimonies are placed; the scene root node is named after the cell.
 * The anchor positions here must match the `position` of the testimonies in scripts/demo/content.mjs (checked by
 * build-audio.mjs against these files, and by publish.mjs against the published cells).
 *
 * These are not the files the site serves: publish.mjs passes them to the content pipeline (scripts/content,
 * `addCell`), which optimises them with glTF-Transform + meshopt into public/models/<cell>.glb.
 *
 * Run:  npm run content:demo   (builds every source, then publishes them through the pipeline)
 * Needs only @gltf-transform/core. Prints each file's size, triangle count and primitive (draw-call) count.
 */
import { Document, NodeIO } from '@gltf-transform/core'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { source } from './paths.mjs'

const OUT_DIR = source.modelsDir

/* ------------------------------------------------------------------ geometry builder ------------------------------------------------------------------ */

const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const scale = (a, s) => [a[0] * s, a[1] * s, a[2] * s]
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
const normalize = (a) => {
  const l = Math.hypot(a[0], a[1], a[2])
  return [a[0] / l, a[1] / l, a[2] / l]
}
const AXES = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] }

/** Collects triangles per material; one primitive per material is written at the end. */
class CellBuilder {
  constructor(id) {
    this.id = id
    /** @type {Map<string, {spec: object, positions: number[], normals: number[], indices: number[]}>} */
    this.parts = new Map()
    this.anchors = []
  }

  material(name, spec) {
    this.parts.set(name, { spec, positions: [], normals: [], indices: [] })
  }

  part(mat) {
    const p = this.parts.get(mat)
    if (!p) throw new Error(`unknown material "${mat}"`)
    return p
  }

  vertex(p, pos, n) {
    p.positions.push(pos[0], pos[1], pos[2])
    p.normals.push(n[0], n[1], n[2])
    return p.positions.length / 3 - 1
  }

  /** A triangle from three [position, normal] pairs; flipped if needed so it is CCW seen from the normals' side. */
  tri(mat, a, b, c) {
    const p = this.part(mat)
    const face = cross(sub(b[0], a[0]), sub(c[0], a[0]))
    const avg = add(add(a[1], b[1]), c[1])
    const ia = this.vertex(p, a[0], a[1])
    const ib = this.vertex(p, b[0], b[1])
    const ic = this.vertex(p, c[0], c[1])
    if (dot(face, avg) >= 0) p.indices.push(ia, ib, ic)
    else p.indices.push(ia, ic, ib)
  }

  /** A flat quad a-b-c-d (in order around its edge) facing `n`. */
  quad(mat, a, b, c, d, n) {
    const p = this.part(mat)
    const face = cross(sub(b, a), sub(c, a))
    const i = [a, b, c, d].map((v) => this.vertex(p, v, n))
    if (dot(face, n) >= 0) p.indices.push(i[0], i[1], i[2], i[0], i[2], i[3])
    else p.indices.push(i[0], i[2], i[1], i[0], i[3], i[2])
  }

  /** An axis-aligned box from its minimum to its maximum corner; `skip` lists faces to leave out ('+y', '-x'...). */
  box(mat, min, max, skip = []) {
    const c = scale(add(min, max), 0.5)
    const h = scale(sub(max, min), 0.5)
    for (const axis of ['x', 'y', 'z']) {
      for (const sign of [1, -1]) {
        if (skip.includes(`${sign > 0 ? '+' : '-'}${axis}`)) continue
        const n = scale(AXES[axis], sign)
        // two tangents u, v with u x v = n, so (-u-v), (+u-v), (+u+v), (-u+v) is counter-clockwise seen from n
        const [ua, va] = { x: ['y', 'z'], y: ['z', 'x'], z: ['x', 'y'] }[axis]
        const u = scale(AXES[ua], sign)
        const v = AXES[va]
        const fc = add(c, scale(n, h[axisIndex(axis)]))
        const hu = h[axisIndex(ua)]
        const hv = h[axisIndex(va)]
        const corner = (su, sv) => add(fc, add(scale(u, su * hu), scale(v, sv * hv)))
        this.quad(mat, corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1), n)
      }
    }
  }

  /** A box given by its centre and full size. */
  boxAt(mat, center, size, skip) {
    const h = scale(size, 0.5)
    this.box(mat, sub(center, h), add(center, h), skip)
  }

  /** A cylinder along an axis ('x' | 'y' | 'z'); caps: 'both' | 'start' | 'end' | 'none'; `inward`: seen from inside. */
  cylinder(mat, { center, axis, radius, length, segments = 12, caps = 'both', capMat, inward = false }) {
    const a = AXES[axis]
    const [pa, qa] = { x: ['y', 'z'], y: ['z', 'x'], z: ['x', 'y'] }[axis]
    const P = AXES[pa]
    const Q = AXES[qa]
    const s0 = add(center, scale(a, -length / 2))
    const s1 = add(center, scale(a, length / 2))
    const ring = []
    for (let i = 0; i < segments; i++) {
      const t = (i / segments) * Math.PI * 2
      ring.push(add(scale(P, Math.cos(t)), scale(Q, Math.sin(t))))
    }
    const side = (r) => (inward ? scale(r, -1) : r)
    for (let i = 0; i < segments; i++) {
      const r0 = ring[i]
      const r1 = ring[(i + 1) % segments]
      const v00 = [add(s0, scale(r0, radius)), side(r0)]
      const v01 = [add(s0, scale(r1, radius)), side(r1)]
      const v10 = [add(s1, scale(r0, radius)), side(r0)]
      const v11 = [add(s1, scale(r1, radius)), side(r1)]
      this.tri(mat, v00, v01, v11)
      this.tri(mat, v00, v11, v10)
    }
    const cap = (centerPt, n, m) => {
      for (let i = 0; i < segments; i++) {
        const r0 = add(centerPt, scale(ring[i], radius))
        const r1 = add(centerPt, scale(ring[(i + 1) % segments], radius))
        this.tri(m, [centerPt, n], [r0, n], [r1, n])
      }
    }
    if (caps === 'both' || caps === 'start') cap(s0, scale(a, -1), mat)
    if (caps === 'both' || caps === 'end') cap(s1, a, capMat ?? mat)
  }

  /** A low-poly UV sphere with smooth normals. */
  sphere(mat, center, radius, rings = 8, segments = 12) {
    const pt = (i, j) => {
      const phi = (i / rings) * Math.PI
      const th = (j / segments) * Math.PI * 2
      const n = [Math.sin(phi) * Math.cos(th), Math.cos(phi), Math.sin(phi) * Math.sin(th)]
      return [add(center, scale(n, radius)), n]
    }
    for (let i = 0; i < rings; i++) {
      for (let j = 0; j < segments; j++) {
        const a = pt(i, j)
        const b = pt(i, j + 1)
        const c = pt(i + 1, j + 1)
        const d = pt(i + 1, j)
        if (i > 0) this.tri(mat, a, b, c)
        if (i < rings - 1) this.tri(mat, a, c, d)
      }
    }
  }

  /** A square-section beam from point a to point b (any direction), e.g. a sloping handrail. */
  beam(mat, a, b, size) {
    const d = normalize(sub(b, a))
    const ref = Math.abs(d[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]
    const p = scale(normalize(cross(d, ref)), size / 2)
    const q = scale(normalize(cross(p, d)), size / 2)
    const corner = (o, sp, sq) => add(o, add(scale(p, sp), scale(q, sq)))
    const ring = [
      [1, 1],
      [-1, 1],
      [-1, -1],
      [1, -1],
    ]
    for (let i = 0; i < 4; i++) {
      const [p0, q0] = ring[i]
      const [p1, q1] = ring[(i + 1) % 4]
      const n = normalize(add(scale(p, p0 + p1), scale(q, q0 + q1)))
      this.quad(mat, corner(a, p0, q0), corner(a, p1, q1), corner(b, p1, q1), corner(b, p0, q0), n)
    }
    const ends = [
      [a, scale(d, -1)],
      [b, d],
    ]
    for (const [o, n] of ends) this.quad(mat, ...ring.map(([sp, sq]) => corner(o, sp, sq)), n)
  }

  /**
   * An irregular stain on a flat surface, built from thin strips: `plane` is the axis the surface faces along
   * ('x' | 'y' | 'z'), `at` its coordinate and `inward` (+1 | -1) the direction of the room. `u` and `v` are
   * the ranges along the other two axes (for 'x': z and y, for 'z': x and y, for 'y': x and z).
   * shape 'blob' is roughly elliptic; 'rise' is full at v[0] with a ragged edge towards v[1] (rising damp).
   */
  stain(mat, { plane, at, inward, u, v, shape = 'blob', strips = 10, depth = 0.004, seed = 1 }) {
    const rand = mulberry32(seed)
    const [ua, va] = { x: ['z', 'y'], z: ['x', 'y'], y: ['x', 'z'] }[plane]
    const put = (u0, u1, v0, v1) => {
      const min = [0, 0, 0]
      const max = [0, 0, 0]
      min[axisIndex(plane)] = inward > 0 ? at : at - depth
      max[axisIndex(plane)] = inward > 0 ? at + depth : at
      min[axisIndex(ua)] = u0
      max[axisIndex(ua)] = u1
      min[axisIndex(va)] = v0
      max[axisIndex(va)] = v1
      this.box(mat, min, max)
    }
    if (shape === 'rise') {
      const w = (u[1] - u[0]) / strips
      for (let i = 0; i < strips; i++) {
        const h = (v[1] - v[0]) * (0.45 + 0.55 * rand())
        put(u[0] + i * w, u[0] + (i + 1) * w, v[0], v[0] + h)
      }
      return
    }
    const mid = (u[0] + u[1]) / 2
    const half = (u[1] - u[0]) / 2
    const h = (v[1] - v[0]) / strips
    for (let i = 0; i < strips; i++) {
      const t = ((i + 0.5) / strips) * 2 - 1
      const w = Math.sqrt(1 - t * t) * half * (0.7 + 0.3 * rand())
      const shift = (rand() - 0.5) * 0.2 * half
      put(mid + shift - w, mid + shift + w, v[0] + i * h, v[0] + (i + 1) * h)
    }
  }

  anchor(name, position) {
    this.anchors.push({ name: `anchor-${name}`, position })
  }

  /** Writes the document; returns stats. */
  async write(file) {
    const doc = new Document()
    doc.getRoot().getAsset().generator = '#PrisonersVoice scripts/demo/build-models.mjs'
    const buffer = doc.createBuffer()
    const scene = doc.createScene() // unnamed: three.js would rename a root node that shares the scene's name
    const root = doc.createNode(this.id)
    scene.addChild(root)
    let triangles = 0
    let primitives = 0
    for (const [name, p] of this.parts) {
      if (p.indices.length === 0) continue
      checkWinding(name, p)
      const { color, roughness = 0.9, metallic = 0, emissive } = p.spec
      const material = doc
        .createMaterial(name)
        .setBaseColorFactor([...srgbToLinear(color), 1])
        .setRoughnessFactor(roughness)
        .setMetallicFactor(metallic)
      if (emissive) material.setEmissiveFactor(srgbToLinear(emissive))
      const vertexCount = p.positions.length / 3
      const position = doc
        .createAccessor(`${name}-position`)
        .setType('VEC3')
        .setArray(new Float32Array(p.positions))
        .setBuffer(buffer)
      const normal = doc
        .createAccessor(`${name}-normal`)
        .setType('VEC3')
        .setArray(new Float32Array(p.normals.map((v) => Math.round(v * 1e6) / 1e6)))
        .setBuffer(buffer)
      const indices = doc
        .createAccessor(`${name}-indices`)
        .setType('SCALAR')
        .setArray(vertexCount < 65536 ? new Uint16Array(p.indices) : new Uint32Array(p.indices))
        .setBuffer(buffer)
      const prim = doc
        .createPrimitive()
        .setAttribute('POSITION', position)
        .setAttribute('NORMAL', normal)
        .setIndices(indices)
        .setMaterial(material)
      const mesh = doc.createMesh(name).addPrimitive(prim)
      root.addChild(doc.createNode(name).setMesh(mesh))
      triangles += p.indices.length / 3
      primitives += 1
    }
    for (const a of this.anchors) root.addChild(doc.createNode(a.name).setTranslation(a.position))
    const glb = await new NodeIO().writeBinary(doc)
    await writeFile(file, glb)
    return { bytes: glb.byteLength, triangles, primitives, anchors: this.anchors }
  }
}

/** A small seeded PRNG, so the stains come out the same on every run. */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function axisIndex(axis) {
  return { x: 0, y: 1, z: 2 }[axis]
}

/** '#rrggbb' (sRGB, as a designer picks it) -> linear [r, g, b] (as glTF factors are). */
function srgbToLinear(hex) {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  return v.map((c) => Math.round((c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4) * 1e4) / 1e4)
}

/** Every triangle's geometric normal must agree with its vertex normals (CCW seen from outside). */
function checkWinding(name, p) {
  const P = p.positions
  const N = p.normals
  for (let t = 0; t < p.indices.length; t += 3) {
    const [a, b, c] = [p.indices[t], p.indices[t + 1], p.indices[t + 2]].map((i) => [
      [P[i * 3], P[i * 3 + 1], P[i * 3 + 2]],
      [N[i * 3], N[i * 3 + 1], N[i * 3 + 2]],
    ])
    const face = cross(sub(b[0], a[0]), sub(c[0], a[0]))
    const n = add(add(a[1], b[1]), c[1])
    if (Math.hypot(...face) < 1e-12) throw new Error(`${name}: degenerate triangle ${t / 3}`)
    if (dot(normalize(face), normalize(n)) <= 0) throw new Error(`${name}: triangle ${t / 3} is wound clockwise`)
  }
}

/* ------------------------------------------------------------------ SIZO cell ------------------------------------------------------------------ */

function buildSizo() {
  const W = 3.0
  const D = 4.2
  const H = 2.9
  const hw = W / 2
  const hd = D / 2
  const T = 0.4 // thick masonry walls: the window reveal shows it
  const PAINT = 1.5 // walls painted up to here, whitewashed above
  const b = new CellBuilder('sizo-cell')

  b.material('wall-paint', { color: '#5f6f5c', roughness: 0.85 }) // the dull green oil paint of the lower walls
  b.material('whitewash', { color: '#b9b4a6', roughness: 0.95 }) // upper walls and ceiling, yellowed
  b.material('floor', { color: '#5a534b', roughness: 0.9 }) // worn concrete / painted boards
  b.material('metal', { color: '#3c3f41', roughness: 0.6, metallic: 0.7 }) // bunk frames, bars, cage, fittings
  b.material('door-steel', { color: '#4d5650', roughness: 0.55, metallic: 0.6 })
  b.material('mattress', { color: '#6f7378', roughness: 1 }) // thin, grey-blue ticking
  b.material('wood', { color: '#6b5236', roughness: 0.8 }) // table top, bench
  b.material('ceramic', { color: '#c9c6bd', roughness: 0.35 }) // squat toilet ("dalnyak"), sink
  b.material('dark', { color: '#141414', roughness: 1 }) // holes, peephole
  b.material('damp', { color: '#8f8a73', roughness: 1 }) // damp stains on the whitewash
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

  // damp: stains on the whitewash (4 mm proud of the surface), around the window, in the corners, on the ceiling
  b.stain('damp', { plane: 'z', at: -hd, inward: 1, u: [-0.75, -0.42], v: [1.55, 2.5], seed: 3 })
  b.stain('damp', { plane: 'z', at: -hd, inward: 1, u: [0.45, 1.1], v: [1.6, 2.45], seed: 4 })
  b.stain('damp', { plane: 'z', at: -hd, inward: 1, u: [-1.5, -0.8], v: [2.2, 2.9], strips: 8, seed: 5 })
  b.stain('damp', { plane: 'x', at: hw, inward: -1, u: [-2.1, -1.0], v: [2.1, 2.9], strips: 8, seed: 6 })
  b.stain('damp', { plane: 'x', at: -hw, inward: 1, u: [1.3, 2.1], v: [1.6, 2.7], seed: 7 })
  b.stain('damp', { plane: 'y', at: H, inward: -1, u: [-1.3, 0.2], v: [-2.1, -1.2], strips: 9, seed: 8 })
  b.stain('damp', { plane: 'y', at: H, inward: -1, u: [0.5, 1.5], v: [1.2, 2.1], strips: 8, seed: 9 })

  b.anchor('window', [0, 1.6, -1.75])
  b.anchor('bunk', [-0.55, 1.2, -0.6])
  b.anchor('door', [0.575, 1.5, 1.7])
  b.anchor('start', [0, 0, 0.9])
  return b
}

/* ------------------------------------------------------------------ basement ------------------------------------------------------------------ */

function buildBasement() {
  const W = 4.5
  const D = 5.5
  const H = 2.3
  const hw = W / 2
  const hd = D / 2
  const T = 0.4
  const b = new CellBuilder('basement')

  b.material('concrete', { color: '#6e6a64', roughness: 0.97 }) // walls, ceiling, stairwell
  b.material('concrete-floor', { color: '#4d4944', roughness: 0.95 }) // floor, stairs
  b.material('patch', { color: '#7b776f', roughness: 1 }) // rough repairs, cement smears
  b.material('damp', { color: '#55564b', roughness: 1 })
  b.material('pipe', { color: '#5e4231', roughness: 0.8, metallic: 0.5 }) // rusty pipes
  b.material('metal', { color: '#7b7f82', roughness: 0.55, metallic: 0.8 }) // bucket, grate, brackets
  b.material('wood', { color: '#7a6244', roughness: 0.9 }) // pallets, the door at the top of the stairs
  b.material('mattress', { color: '#6d675c', roughness: 1 }) // stained, thin
  b.material('blanket', { color: '#3e4046', roughness: 1 })
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
  b.stain('damp', {
    plane: 'y',
    at: 0,
    inward: 1,
    u: [-2.05, -1.5],
    v: [-2.7, -2.1],
    strips: 7,
    depth: 0.002,
    seed: 11,
  })

  // the bare bulb on a wire
  const bulb = [0.2, H - 0.45, -0.4]
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
  b.stain('damp', {
    plane: 'z',
    at: -hd,
    inward: 1,
    u: [-2.25, 2.25],
    v: [0, 0.8],
    shape: 'rise',
    strips: 14,
    seed: 12,
  })
  b.stain('damp', { plane: 'x', at: hw, inward: -1, u: [-2.75, 0.6], v: [0, 0.7], shape: 'rise', strips: 10, seed: 13 })
  b.stain('damp', { plane: 'x', at: -hw, inward: 1, u: [-2.75, 0.05], v: [0, 0.5], shape: 'rise', strips: 9, seed: 14 })
  b.stain('damp', { plane: 'y', at: H, inward: -1, u: [0.6, 2.25], v: [-2.75, -1.4], strips: 9, seed: 15 })
  b.stain('damp', { plane: 'z', at: -hd, inward: 1, u: [0.85, 1.45], v: [1.55, 2.3], strips: 8, seed: 16 })
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

/* ------------------------------------------------------------------ main ------------------------------------------------------------------ */

const BUDGET = { bytes: 1.5 * 1024 * 1024, triangles: 100_000, primitives: 40 }

await rm(OUT_DIR, { recursive: true, force: true })
await mkdir(OUT_DIR, { recursive: true })
for (const build of [buildSizo, buildBasement]) {
  const cell = build()
  const file = source.model(cell.id)
  const s = await cell.write(file)
  console.log(
    `.demo-build/models/${cell.id}.glb  ${(s.bytes / 1024).toFixed(1)} KiB  ${s.triangles} triangles  ${s.primitives} primitives (draw calls)`,
  )
  for (const a of s.anchors) console.log(`  ${a.name.padEnd(16)} [${a.position.join(', ')}]`)
  if (s.bytes > BUDGET.bytes || s.triangles >= BUDGET.triangles || s.primitives >= BUDGET.primitives) {
    console.error(`${cell.id}: over budget (${JSON.stringify(BUDGET)})`)
    process.exitCode = 1
  }
}
