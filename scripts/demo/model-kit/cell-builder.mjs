/**
 * The geometry kit the demo cells are built with: boxes, cylinders, spheres, beams and stains, collected per material.
 *
 * Conventions: metres; +y up. Every triangle is wound counter-clockwise seen from the side its normal points to
 * (glb.mjs checks this before writing). All geometry sharing a material becomes ONE primitive, so draw calls =
 * number of materials. `anchor(name)` marks where a testimony is placed, as an empty node named `anchor-<name>`.
 */
import { TEXTURES } from './textures.mjs'
import { AXES, TANGENTS, add, axisIndex, cross, dot, normalize, scale, sub } from './vector.mjs'
/** @import { Axis, Vec } from './vector.mjs' */

/**
 * How a material looks: a colour or one of the kit's textures (textures.mjs), and its surface.
 * @typedef {object} MaterialSpec
 * @property {string} [color]
 * @property {string} [texture]
 * @property {string} [tint]
 * @property {number} [roughness]
 * @property {number} [metallic]
 * @property {string} [emissive]
 */

/**
 * The triangles of one material, as glb.mjs writes them.
 * @typedef {{ spec: MaterialSpec; repeat: number; positions: number[]; normals: number[]; uvs: number[]; indices: number[] }} Part
 */

/** @typedef {[Vec, Vec]} Corner a position and its normal */

/** Collects triangles per material, and the anchors; `writeGlb` turns it into a file. */
export class CellBuilder {
  /** @param {string} id */
  constructor(id) {
    this.id = id
    /** @type {Map<string, Part>} */
    this.parts = new Map()
    /** @type {{ name: string; position: Vec }[]} */
    this.anchors = []
  }

  /**
   * @param {string} name
   * @param {MaterialSpec} spec
   */
  material(name, spec) {
    const repeat = spec.texture ? TEXTURES[spec.texture].repeat : 1
    this.parts.set(name, { spec, repeat, positions: [], normals: [], uvs: [], indices: [] })
  }

  /** @param {string} mat */
  part(mat) {
    const p = this.parts.get(mat)
    if (!p) throw new Error(`unknown material "${mat}"`)
    return p
  }

  /**
   * @param {Part} p
   * @param {Vec} pos
   * @param {Vec} n
   */
  vertex(p, pos, n) {
    p.positions.push(pos[0], pos[1], pos[2])
    p.normals.push(n[0], n[1], n[2])
    // textures are projected along the axis the surface faces most; v is height on walls, so damp rises from the floor
    const [ax, ay, az] = n.map(Math.abs)
    const [u, v] =
      ax >= ay && ax >= az
        ? [pos[2] * Math.sign(n[0] || 1), pos[1]]
        : ay >= az
          ? [pos[0], pos[2]]
          : [-pos[0] * Math.sign(n[2] || 1), pos[1]]
    p.uvs.push(u / p.repeat, v / p.repeat)
    return p.positions.length / 3 - 1
  }

  /**
   * A triangle from three [position, normal] pairs; flipped if needed so it is CCW seen from the normals' side.
   * @param {string} mat
   * @param {Corner} a
   * @param {Corner} b
   * @param {Corner} c
   */
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

  /**
   * A flat quad a-b-c-d (in order around its edge) facing `n`.
   * @param {string} mat
   * @param {Vec} a
   * @param {Vec} b
   * @param {Vec} c
   * @param {Vec} d
   * @param {Vec} n
   */
  quad(mat, a, b, c, d, n) {
    const p = this.part(mat)
    const face = cross(sub(b, a), sub(c, a))
    const i = [a, b, c, d].map((v) => this.vertex(p, v, n))
    if (dot(face, n) >= 0) p.indices.push(i[0], i[1], i[2], i[0], i[2], i[3])
    else p.indices.push(i[0], i[2], i[1], i[0], i[3], i[2])
  }

  /**
   * An axis-aligned box from its minimum to its maximum corner; `skip` lists faces to leave out ('+y', '-x'...).
   * @param {string} mat
   * @param {Vec} min
   * @param {Vec} max
   * @param {string[]} [skip]
   */
  box(mat, min, max, skip = []) {
    const c = scale(add(min, max), 0.5)
    const h = scale(sub(max, min), 0.5)
    for (const axis of /** @type {const} */ (['x', 'y', 'z'])) {
      for (const sign of [1, -1]) {
        if (skip.includes(`${sign > 0 ? '+' : '-'}${axis}`)) continue
        const n = scale(AXES[axis], sign)
        // two tangents u, v with u x v = n, so (-u-v), (+u-v), (+u+v), (-u+v) is counter-clockwise seen from n
        const [ua, va] = TANGENTS[axis]
        const u = scale(AXES[ua], sign)
        const v = AXES[va]
        const fc = add(c, scale(n, h[axisIndex(axis)]))
        const hu = h[axisIndex(ua)]
        const hv = h[axisIndex(va)]
        /** @type {(su: number, sv: number) => Vec} */
        const corner = (su, sv) => add(fc, add(scale(u, su * hu), scale(v, sv * hv)))
        this.quad(mat, corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1), n)
      }
    }
  }

  /**
   * A box given by its centre and full size.
   * @param {string} mat
   * @param {Vec} center
   * @param {Vec} size
   * @param {string[]} [skip]
   */
  boxAt(mat, center, size, skip) {
    const h = scale(size, 0.5)
    this.box(mat, sub(center, h), add(center, h), skip)
  }

  /**
   * A cylinder along an axis ('x' | 'y' | 'z'); caps: 'both' | 'start' | 'end' | 'none'; `inward`: seen from inside.
   * @param {string} mat
   * @param {object} shape
   * @param {Vec} shape.center
   * @param {Axis} shape.axis
   * @param {number} shape.radius
   * @param {number} shape.length
   * @param {number} [shape.segments]
   * @param {'both' | 'start' | 'end' | 'none'} [shape.caps]
   * @param {string} [shape.capMat] the end cap's material (default: `mat`)
   * @param {boolean} [shape.inward]
   */
  cylinder(mat, { center, axis, radius, length, segments = 12, caps = 'both', capMat, inward = false }) {
    const a = AXES[axis]
    const [pa, qa] = TANGENTS[axis]
    const P = AXES[pa]
    const Q = AXES[qa]
    const s0 = add(center, scale(a, -length / 2))
    const s1 = add(center, scale(a, length / 2))
    /** @type {Vec[]} */
    const ring = []
    for (let i = 0; i < segments; i++) {
      const t = (i / segments) * Math.PI * 2
      ring.push(add(scale(P, Math.cos(t)), scale(Q, Math.sin(t))))
    }
    /** @param {Vec} r */
    const side = (r) => (inward ? scale(r, -1) : r)
    for (let i = 0; i < segments; i++) {
      const r0 = ring[i]
      const r1 = ring[(i + 1) % segments]
      /** @type {Corner} */
      const v00 = [add(s0, scale(r0, radius)), side(r0)]
      /** @type {Corner} */
      const v01 = [add(s0, scale(r1, radius)), side(r1)]
      /** @type {Corner} */
      const v10 = [add(s1, scale(r0, radius)), side(r0)]
      /** @type {Corner} */
      const v11 = [add(s1, scale(r1, radius)), side(r1)]
      this.tri(mat, v00, v01, v11)
      this.tri(mat, v00, v11, v10)
    }
    /** @type {(centerPt: Vec, n: Vec, m: string) => void} */
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

  /**
   * A low-poly UV sphere with smooth normals.
   * @param {string} mat
   * @param {Vec} center
   * @param {number} radius
   * @param {number} [rings]
   * @param {number} [segments]
   */
  sphere(mat, center, radius, rings = 8, segments = 12) {
    /** @type {(i: number, j: number) => Corner} */
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

  /**
   * A square-section beam from point a to point b (any direction), e.g. a sloping handrail.
   * @param {string} mat
   * @param {Vec} a
   * @param {Vec} b
   * @param {number} size
   */
  beam(mat, a, b, size) {
    const d = normalize(sub(b, a))
    const ref = Math.abs(d[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]
    const p = scale(normalize(cross(d, ref)), size / 2)
    const q = scale(normalize(cross(p, d)), size / 2)
    /** @type {(o: Vec, sp: number, sq: number) => Vec} */
    const corner = (o, sp, sq) => add(o, add(scale(p, sp), scale(q, sq)))
    /** @type {[number, number][]} */
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
    for (const [o, n] of ends) {
      const [c0, c1, c2, c3] = ring.map(([sp, sq]) => corner(o, sp, sq))
      this.quad(mat, c0, c1, c2, c3, n)
    }
  }

  /**
   * An irregular stain on a flat surface, built from thin strips: `plane` is the axis the surface faces along
   * ('x' | 'y' | 'z'), `at` its coordinate and `inward` (+1 | -1) the direction of the room. `u` and `v` are
   * the ranges along the other two axes (for 'x': z and y, for 'z': x and y, for 'y': x and z).
   * shape 'blob' is roughly elliptic; 'rise' is full at v[0] with a ragged edge towards v[1] (rising damp).
   * @param {string} mat
   * @param {object} stain
   * @param {Axis} stain.plane
   * @param {number} stain.at
   * @param {number} stain.inward +1 | -1
   * @param {[number, number]} stain.u
   * @param {[number, number]} stain.v
   * @param {'blob' | 'rise'} [stain.shape]
   * @param {number} [stain.strips]
   * @param {number} [stain.depth]
   * @param {number} [stain.seed]
   */
  stain(mat, { plane, at, inward, u, v, shape = 'blob', strips = 10, depth = 0.004, seed = 1 }) {
    const rand = mulberry32(seed)
    /** @type {Record<Axis, [Axis, Axis]>} */
    const across = { x: ['z', 'y'], z: ['x', 'y'], y: ['x', 'z'] }
    const [ua, va] = across[plane]
    /** @type {(u0: number, u1: number, v0: number, v1: number) => void} */
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

  /**
   * @param {string} name
   * @param {Vec} position
   */
  anchor(name, position) {
    this.anchors.push({ name: `anchor-${name}`, position })
  }
}

/**
 * A small seeded PRNG, so the stains come out the same on every run.
 * @param {number} seed
 * @returns {() => number}
 */
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
