// Baked light: ambient occlusion and the cell's own lights (a bulb, a window), ray-cast on the CPU with
// three-mesh-bvh and stored in the model as vertex colours (glTF COLOR_0, which every renderer multiplies into the
// base colour), so a phone or headset shows soft shadows and falloff at no run-time cost. Walls and floors are cut
// into smaller triangles first: light stored per vertex needs vertices where it changes.
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three'
// the ES module itself: the package's `main` is a UMD build that pulls in three.js a second time, as CommonJS
import { MeshBVH } from 'three-mesh-bvh/src/index.js'
/** @import { Accessor, Buffer as GltfBuffer, Document, Node, Primitive, TypedArray } from '@gltf-transform/core' */

/** @typedef {readonly [number, number, number]} Vec3 */
/** @typedef {[number, number, number]} Triple */

/**
 * A light of the room, as the cell's content gives it (src/content/schema.ts `cellLight`), in metres.
 * @typedef {{ kind: 'bulb'; position: Vec3; color?: string; power?: number; radius?: number }
 *   | { kind: 'window'; position: Vec3; size: readonly [number, number]; facing: Vec3; color?: string; power?: number }
 * } LightSource
 */

/**
 * How the room is lit: its lights, the bounce light that reaches everything unshaded, and the exposure the app shows
 * it at.
 * @typedef {object} LightDescription
 * @property {readonly LightSource[]} [sources]
 * @property {number} [ambient]
 * @property {number} [exposure]
 */

/**
 * What a bake did, and how long it took.
 * @typedef {object} BakeReport
 * @property {{ before: number; after: number }} triangles
 * @property {number} vertices
 * @property {number} rays
 * @property {number} maxEdge
 * @property {number} scale
 * @property {number} seconds
 */

/** @typedef {Record<string, number[][]>} Attributes a primitive's vertex attributes, element by element */

/** The extras key (on the scene's root nodes) that marks a model's light as baked, with how to show it. */
export const BAKED_KEY = 'bakedLight'

/** @default values of a cell's `light` description, as content gives it. */
const BAKE_DEFAULTS = {
  /** Light that reaches everything not occluded (the room's bounce light), linear. */
  ambient: 0.05,
  /** How far (m) occlusion is looked for: a corner is darker than the middle of a wall. */
  occlusionDistance: 0.9,
  /** Longest triangle edge (m) after subdivision, when the triangle budget allows it. */
  maxEdge: 0.22,
  /** Triangles the subdivision may add up to, leaving room under the 100,000 budget. */
  triangleCap: 70_000,
  /** Rays per vertex for occlusion; the same directions for every vertex, so neighbours agree and nothing flickers. */
  rays: 48,
}

const UP = new Vector3(0, 1, 0)

/**
 * Why a model's light must be kept as it came, or null: a second UV set (a light map's), a texture read through it,
 * or a scene already marked baked (for example by this tool).
 * @param {Document} doc
 * @returns {string | null}
 */
export function ownLight(doc) {
  const root = doc.getRoot()
  for (const scene of root.listScenes())
    for (const node of [scene, ...scene.listChildren()])
      if (node.getExtras()?.[BAKED_KEY]) return `its scene is marked as baked (extras.${BAKED_KEY})`
  for (const mesh of root.listMeshes())
    for (const prim of mesh.listPrimitives())
      if (prim.getAttribute('TEXCOORD_1')) return `mesh "${mesh.getName()}" has a light map's second UV set`
  for (const material of root.listMaterials()) {
    const info = material.getOcclusionTextureInfo()
    if (material.getOcclusionTexture() && info && info.getTexCoord() === 1)
      return `material "${material.getName()}" reads an occlusion or light map through its second UV set`
  }
  return null
}

/**
 * Parses '#rrggbb' (sRGB) into linear [r, g, b].
 * @param {string} [hex]
 * @returns {number[]}
 */
function linearColour(hex = '#ffffff') {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
}

/**
 * Each light as points that shine: a bulb is one point, a window a grid of points over its opening, each with the
 * direction it faces (null: all around) and its share of the light's power.
 * @param {readonly LightSource[]} sources
 */
function lightSamples(sources) {
  /** @type {{ at: Vector3; facing: Vector3 | null; power: number[]; clear: number }[]} */
  const out = []
  for (const s of sources) {
    const colour = linearColour(s.color)
    const power = s.power ?? 1
    if (s.kind === 'bulb') {
      out.push({
        at: new Vector3(...s.position),
        facing: null,
        power: colour.map((c) => c * power),
        clear: s.radius ?? 0.1,
      })
      continue
    }
    // a window: its opening (size [w, h]) facing into the room along `facing`, sampled on a grid
    const facing = new Vector3(...s.facing).normalize()
    const side = new Vector3().crossVectors(UP, facing)
    if (side.lengthSq() < 1e-6) side.set(1, 0, 0)
    side.normalize()
    const up = new Vector3().crossVectors(facing, side).normalize()
    const [w, h] = s.size
    const nu = 4
    const nv = 3
    for (let i = 0; i < nu; i++)
      for (let j = 0; j < nv; j++) {
        const at = new Vector3(...s.position)
          .addScaledVector(side, ((i + 0.5) / nu - 0.5) * w)
          .addScaledVector(up, ((j + 0.5) / nv - 0.5) * h)
        out.push({ at, facing, power: colour.map((c) => (c * power * w * h) / (nu * nv)), clear: 0.03 })
      }
  }
  return out
}

/**
 * Fixed, evenly spread, cosine-weighted directions over the hemisphere around +z (Hammersley points).
 * @param {number} count
 */
function hemisphere(count) {
  /** @type {Triple[]} */
  const dirs = []
  for (let i = 0; i < count; i++) {
    let bits = i
    bits = ((bits << 16) | (bits >>> 16)) >>> 0
    bits = (((bits & 0x55555555) << 1) | ((bits & 0xaaaaaaaa) >>> 1)) >>> 0
    bits = (((bits & 0x33333333) << 2) | ((bits & 0xcccccccc) >>> 2)) >>> 0
    bits = (((bits & 0x0f0f0f0f) << 4) | ((bits & 0xf0f0f0f0) >>> 4)) >>> 0
    bits = (((bits & 0x00ff00ff) << 8) | ((bits & 0xff00ff00) >>> 8)) >>> 0
    const u = (i + 0.5) / count
    const v = bits / 4294967296
    const r = Math.sqrt(u)
    const phi = 2 * Math.PI * v
    dirs.push([r * Math.cos(phi), r * Math.sin(phi), Math.sqrt(Math.max(0, 1 - u))])
  }
  return dirs
}

/**
 * The vertex attributes of a primitive as plain arrays, element by element.
 * @param {Primitive} prim
 * @returns {Attributes}
 */
function readAttributes(prim) {
  /** @type {Attributes} */
  const out = {}
  for (const semantic of prim.listSemantics()) {
    const a = /** @type {Accessor} */ (prim.getAttribute(semantic))
    const n = a.getElementSize()
    const values = []
    /** @type {number[]} */
    const el = []
    for (let i = 0; i < a.getCount(); i++) values.push(a.getElement(i, el).slice(0, n))
    out[semantic] = values
  }
  return out
}

/**
 * Splits every edge longer than `maxEdge` at its middle (shared edges once, so no cracks open), until none is left
 * or `budget` triangles are reached. Adds the new vertices to `attrs`; returns the new indices.
 * @param {Attributes} attrs
 * @param {number[]} indices
 * @param {number} maxEdge
 * @param {number} budget
 * @returns {number[]}
 */
function subdivide(attrs, indices, maxEdge, budget) {
  const pos = attrs.POSITION
  let tris = indices
  /**
   * @param {number} a
   * @param {number} b
   */
  const len = (a, b) => Math.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1], pos[a][2] - pos[b][2])
  for (let pass = 0; pass < 12; pass++) {
    /** @type {Map<string, number>} */
    const mids = new Map()
    /**
     * @param {number} a
     * @param {number} b
     */
    const mid = (a, b) => {
      const key = a < b ? `${a},${b}` : `${b},${a}`
      let m = mids.get(key)
      if (m !== undefined) return m
      m = pos.length
      for (const [semantic, values] of Object.entries(attrs)) {
        const v = values[a].map((x, k) => (x + values[b][k]) / 2)
        if (semantic === 'NORMAL') {
          const l = Math.hypot(v[0], v[1], v[2]) || 1
          v[0] /= l
          v[1] /= l
          v[2] /= l
        }
        values.push(v)
      }
      mids.set(key, m)
      return m
    }
    // an edge is split when it is too long; both triangles sharing it see the same decision
    const next = []
    let split = false
    for (let t = 0; t < tris.length; t += 3) {
      const [a, b, c] = [tris[t], tris[t + 1], tris[t + 2]]
      const long = [len(a, b) > maxEdge, len(b, c) > maxEdge, len(c, a) > maxEdge]
      const count = long.filter(Boolean).length
      if (!count) {
        next.push(a, b, c)
        continue
      }
      split = true
      if (count === 3) {
        const ab = mid(a, b)
        const bc = mid(b, c)
        const ca = mid(c, a)
        next.push(a, ab, ca, ab, b, bc, ca, bc, c, ab, bc, ca)
      } else if (count === 1) {
        // rotate so the long edge is a-b
        const [p, q, r] = long[0] ? [a, b, c] : long[1] ? [b, c, a] : [c, a, b]
        const m = mid(p, q)
        next.push(p, m, r, m, q, r)
      } else {
        // two long edges: rotate so they are a-b and b-c
        const [p, q, r] = !long[2] ? [a, b, c] : !long[0] ? [b, c, a] : [c, a, b]
        const m1 = mid(p, q)
        const m2 = mid(q, r)
        next.push(m1, q, m2, p, m1, m2, p, m2, r)
      }
    }
    if (!split || next.length / 3 > budget) break
    tris = next
  }
  return tris
}

/**
 * The world position and normal of every vertex of a primitive drawn by `node`.
 * @param {Node} node
 * @param {Attributes} attrs
 * @returns {{ p: Triple[]; n: Triple[] }}
 */
function toWorld(node, attrs) {
  const m = node.getWorldMatrix()
  /** @type {Triple[]} */
  const p = attrs.POSITION.map(([x, y, z]) => [
    m[0] * x + m[4] * y + m[8] * z + m[12],
    m[1] * x + m[5] * y + m[9] * z + m[13],
    m[2] * x + m[6] * y + m[10] * z + m[14],
  ])
  const n = (attrs.NORMAL ?? attrs.POSITION.map(() => [0, 1, 0])).map(([x, y, z]) => {
    const v = [m[0] * x + m[4] * y + m[8] * z, m[1] * x + m[5] * y + m[9] * z, m[2] * x + m[6] * y + m[10] * z]
    const l = Math.hypot(...v) || 1
    return /** @type {Triple} */ (v.map((c) => c / l))
  })
  return { p, n }
}

/**
 * Bakes occlusion and the given lights into vertex colours (COLOR_0) of every triangle primitive, after cutting long
 * edges. `light`: `{ sources: [{ kind: 'bulb', position, color?, power?, radius? } | { kind: 'window', position,
 * size: [w, h], facing, color?, power? }], ambient? }` in metres, as the cell's content gives it. Emissive surfaces
 * (the bulb, the window) stay at full light. Marks the scene as baked (extras.bakedLight: the scale the colours were
 * divided by, so the app can show them at their strength). Returns what it did.
 * @param {Document} doc
 * @param {LightDescription} light
 * @param {Partial<typeof BAKE_DEFAULTS>} [options]
 * @returns {BakeReport}
 */
export function bakeLight(doc, light, options = {}) {
  const o = { ...BAKE_DEFAULTS, ...options, ...(light.ambient !== undefined && { ambient: light.ambient }) }
  const started = performance.now()
  const root = doc.getRoot()
  const buffer = root.listBuffers()[0] ?? doc.createBuffer()
  /** @type {{ node: Node; prim: Primitive; attrs: Attributes; indices: number[] }[]} */
  const targets = []
  const before = root
    .listMeshes()
    .flatMap((m) => m.listPrimitives())
    .reduce((n, p) => n + (p.getIndices()?.getCount() ?? 0) / 3, 0)
  const allowed = Math.max(before, o.triangleCap)
  for (const node of root.listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    for (const prim of mesh.listPrimitives()) {
      const indices = prim.getIndices()
      if (prim.getMode() !== 4 || !indices) continue
      const array = /** @type {TypedArray} */ (indices.getArray())
      targets.push({ node, prim, attrs: readAttributes(prim), indices: Array.from(array) })
    }
  }
  // the same edge length everywhere, as long as needed to stay within the triangle budget
  let maxEdge = o.maxEdge
  /** @type {typeof targets} */
  let cut
  for (;;) {
    cut = targets.map((t) => {
      const attrs = Object.fromEntries(Object.entries(t.attrs).map(([k, v]) => [k, v.map((e) => [...e])]))
      return { ...t, attrs, indices: subdivide(attrs, t.indices, maxEdge, allowed) }
    })
    const total = cut.reduce((n, t) => n + t.indices.length / 3, 0)
    if (total <= allowed) break
    maxEdge *= 1.4
  }

  // one BVH over the whole room, in world space
  const world = cut.map((t) => ({ ...t, ...toWorld(t.node, t.attrs) }))
  /** @type {number[]} */
  const flat = []
  /** @type {number[]} */
  const index = []
  for (const w of world) {
    const base = flat.length / 3
    for (const v of w.p) flat.push(...v)
    for (const i of w.indices) index.push(base + i)
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(flat), 3))
  geometry.setIndex(index)
  const bvh = new MeshBVH(geometry)

  const dirs = hemisphere(o.rays)
  const samples = lightSamples(light.sources ?? [])
  const ray = new Ray()
  const tangent = new Vector3()
  const bitangent = new Vector3()
  const normal = new Vector3()
  const origin = new Vector3()
  const toLight = new Vector3()
  /**
   * @param {Vector3} from
   * @param {Vector3} dir
   * @param {number} far
   */
  const blocked = (from, dir, far) => {
    ray.origin.copy(from)
    ray.direction.copy(dir)
    return bvh.raycastFirst(ray, DoubleSide, 0, far) !== null
  }
  let rays = 0
  /** @type {number[]} */
  const levels = []
  /** @type {(number[] | null)[][]} */
  const results = []
  for (const w of world) {
    const material = w.prim.getMaterial()
    const glowing = material && material.getEmissiveFactor().some((c) => c > 0)
    /** @type {(number[] | null)[]} */
    const colours = []
    for (let v = 0; v < w.p.length; v++) {
      if (glowing) {
        colours.push(null)
        continue
      }
      normal.set(...w.n[v])
      origin.set(...w.p[v]).addScaledVector(normal, 2e-3)
      tangent
        .set(Math.abs(normal.y) < 0.9 ? 0 : 1, Math.abs(normal.y) < 0.9 ? 1 : 0, 0)
        .cross(normal)
        .normalize()
      bitangent.crossVectors(normal, tangent)
      let open = 0
      for (const [x, y, z] of dirs) {
        toLight.set(0, 0, 0).addScaledVector(tangent, x).addScaledVector(bitangent, y).addScaledVector(normal, z)
        if (!blocked(origin, toLight, o.occlusionDistance)) open++
      }
      rays += dirs.length
      const ao = open / dirs.length
      const e = [o.ambient * ao, o.ambient * ao, o.ambient * ao]
      for (const s of samples) {
        toLight.subVectors(s.at, origin)
        const d = toLight.length()
        toLight.divideScalar(d)
        const cos = normal.dot(toLight)
        if (cos <= 0) continue
        const out = s.facing ? -s.facing.dot(toLight) : 1
        if (out <= 0) continue
        rays++
        if (blocked(origin, toLight, Math.max(0, d - s.clear))) continue
        const k = (cos * out) / Math.max(d * d, 0.04)
        for (let c = 0; c < 3; c++) e[c] += s.power[c] * k
      }
      levels.push(Math.max(...e))
      colours.push(e)
    }
    results.push(colours)
  }

  // the colours are divided by one scale so they fit 0..1, which glTF vertex colours must; the scale is the 98th
  // percentile, not the brightest vertex (a bar of the bulb's cage), so the rest of the room keeps its 8-bit steps
  levels.sort((a, b) => a - b)
  const scale = Math.max(levels[Math.floor(levels.length * 0.98)] ?? 1, 1e-6)
  let vertices = 0
  world.forEach((w, k) => {
    const colours = results[k]
    const count = w.p.length
    vertices += count
    const data = new Float32Array(count * 3)
    for (let v = 0; v < count; v++) {
      const e = colours[v]
      for (let c = 0; c < 3; c++) data[v * 3 + c] = e ? Math.min(1, e[c] / scale) : 1
    }
    writeAttributes(doc, buffer, w.prim, w.attrs, w.indices)
    w.prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(data).setBuffer(buffer))
  })
  const triangles = world.reduce((n, w) => n + w.indices.length / 3, 0)
  for (const scene of root.listScenes())
    for (const node of scene.listChildren())
      node.setExtras({ ...node.getExtras(), [BAKED_KEY]: { scale: round(scale), ambient: o.ambient } })
  return {
    triangles: { before, after: triangles },
    vertices,
    rays,
    maxEdge: round(maxEdge),
    scale: round(scale),
    seconds: round((performance.now() - started) / 1000),
  }
}

/** @param {number} x */
function round(x) {
  return Math.round(x * 1e4) / 1e4
}

/**
 * Replaces a primitive's attributes and indices by the subdivided ones (new accessors; the old ones are pruned).
 * @param {Document} doc
 * @param {GltfBuffer} buffer
 * @param {Primitive} prim
 * @param {Attributes} attrs
 * @param {number[]} indices
 */
function writeAttributes(doc, buffer, prim, attrs, indices) {
  for (const [semantic, values] of Object.entries(attrs)) {
    const old = /** @type {Accessor} */ (prim.getAttribute(semantic))
    const size = values[0]?.length ?? 1
    const data = new Float32Array(values.length * size)
    values.forEach((v, i) => data.set(v, i * size))
    const a = doc
      .createAccessor(old.getName())
      .setType(old.getType())
      .setArray(data)
      .setBuffer(buffer)
      .setNormalized(false)
    prim.setAttribute(semantic, a)
  }
  const count = values0(attrs)
  prim.setIndices(
    doc
      .createAccessor()
      .setType('SCALAR')
      .setArray(count < 65536 ? new Uint16Array(indices) : new Uint32Array(indices))
      .setBuffer(buffer),
  )
}

/** @param {Attributes} attrs */
function values0(attrs) {
  return Object.values(attrs)[0]?.length ?? 0
}
