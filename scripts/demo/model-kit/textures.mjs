/**
 * Procedural, deterministic textures for the demo cells: worn concrete, plaster with damp and peeling paint, rust and
 * chipped enamel, worn wood, stained mattress ticking. Everything is built from smooth, tileable value noise (quintic
 * interpolation, several octaves), so stains and wear have soft edges, and the same seed gives the same bytes.
 * Each texture tiles horizontally; `v` runs up from the floor (the model kit maps v = height / repeat), so damp can
 * rise from the floor and paint can stop at a line.
 */
import sharp from 'sharp'

/** @typedef {(u: number, v: number) => number[]} Texel a colour, [r, g, b] (sRGB 0..255), at (u, v) */
/**
 * A texture's recipe: its colour, and where it has one, its bumps.
 * @typedef {object} Recipe
 * @property {number} repeat metres one tile covers
 * @property {number} size px on a side
 * @property {(seed: number) => Texel} texel
 * @property {{ strength: number; height: (seed: number) => (u: number, v: number) => number }} [normal]
 */

/**
 * Integer hash of lattice point (x, y) and a seed → 0..1.
 * @param {number} x
 * @param {number} y
 * @param {number} seed
 */
function hash(x, y, seed) {
  let h = Math.imul(x, 374761393) + Math.imul(y, 668265263) + Math.imul(seed, 2246822519)
  h = Math.imul(h ^ (h >>> 13), 1274126177)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296
}

/** @param {number} t */
const fade = (t) => t * t * t * (t * (t * 6 - 15) + 10)

/**
 * Value noise at (u, v) in 0..1 on a lattice of `cells` × `cells`, wrapping so the texture tiles.
 * @param {number} u
 * @param {number} v
 * @param {number} cells
 * @param {number} seed
 */
function valueNoise(u, v, cells, seed) {
  const x = u * cells
  const y = v * cells
  const x0 = Math.floor(x)
  const y0 = Math.floor(y)
  const fx = fade(x - x0)
  const fy = fade(y - y0)
  /** @param {number} i */
  const w = (i) => ((i % cells) + cells) % cells
  const a = hash(w(x0), w(y0), seed)
  const b = hash(w(x0 + 1), w(y0), seed)
  const c = hash(w(x0), w(y0 + 1), seed)
  const d = hash(w(x0 + 1), w(y0 + 1), seed)
  return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy
}

/**
 * Fractal noise 0..1: `octaves` layers from `cells` lattice cells up, each half as strong.
 * @param {number} u
 * @param {number} v
 * @param {{ cells?: number; octaves?: number; seed?: number }} [options]
 * @returns {number}
 */
function fbm(u, v, { cells = 4, octaves = 5, seed = 1 } = {}) {
  let sum = 0
  let amp = 0.5
  let norm = 0
  for (let o = 0; o < octaves; o++) {
    sum += amp * valueNoise(u, v, cells << o, seed + o * 101)
    norm += amp
    amp *= 0.5
  }
  return sum / norm
}

/** @type {(e0: number, e1: number, x: number) => number} */
const smooth = (e0, e1, x) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}
/** @type {(a: number[], b: number[], t: number) => number[]} */
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t)
/** @param {string} hex */
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

/**
 * A texture `size` px square from `texel(u, v) -> [r, g, b]` (sRGB 0..255), as PNG bytes.
 * @param {number} size
 * @param {Texel} texel
 * @returns {Promise<Uint8Array>}
 */
async function render(size, texel) {
  const data = Buffer.alloc(size * size * 3)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // v = 0 at the bottom row: the floor end of a wall
      const c = texel((x + 0.5) / size, 1 - (y + 0.5) / size)
      const i = (y * size + x) * 3
      data[i] = Math.max(0, Math.min(255, Math.round(c[0])))
      data[i + 1] = Math.max(0, Math.min(255, Math.round(c[1])))
      data[i + 2] = Math.max(0, Math.min(255, Math.round(c[2])))
    }
  return new Uint8Array(
    await sharp(data, { raw: { width: size, height: size, channels: 3 } })
      .png()
      .toBuffer(),
  )
}

/**
 * A tangent-space normal map (PNG) from a height function, for bumps in plaster, concrete and pitted metal.
 * @param {number} size
 * @param {(u: number, v: number) => number} height
 * @param {number} strength
 */
async function normalMap(size, height, strength) {
  const h = new Float32Array(size * size)
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) h[y * size + x] = height(x / size, 1 - y / size)
  /** @type {(x: number, y: number) => number} */
  const at = (x, y) => h[((y + size) % size) * size + ((x + size) % size)]
  return render(size, (u, v) => {
    const x = Math.floor(u * size)
    const y = Math.floor((1 - v) * size)
    const dx = (at(x + 1, y) - at(x - 1, y)) * strength
    const dy = (at(x, y - 1) - at(x, y + 1)) * strength
    const l = Math.hypot(dx, dy, 1)
    return [(-dx / l) * 127.5 + 127.5, (-dy / l) * 127.5 + 127.5, (1 / l) * 127.5 + 127.5]
  })
}

/**
 * The recipes: each returns { color, normal? } PNG bytes. `repeat` (metres one tile covers) is what the model kit
 * scales UVs by; walls cover their full height in one tile so damp and paint lines sit where they belong.
 * @type {Record<string, Recipe>}
 */
export const TEXTURES = {
  /** Dull green oil paint on plaster, chipped and scuffed, grimier towards the floor. */
  'green-paint': {
    repeat: 1.5,
    size: 512,
    texel: (seed) => (u, v) => {
      const base = rgb('#5f6f5c')
      const grime = fbm(u, v, { cells: 3, seed })
      const chip = fbm(u, v, { cells: 8, octaves: 4, seed: seed + 7 })
      let c = mix(base, rgb('#4e5a4a'), grime * 0.8)
      c = mix(c, rgb('#3d3f36'), smooth(0.5, 0, v) * 0.5 * grime)
      // chips where the paint has come off show the plaster under it
      c = mix(c, rgb('#a49c88'), smooth(0.66, 0.7, chip))
      return c
    },
  },
  /** Yellowed whitewash with brown damp blooms (darker tide-line rims) and flakes peeling off. */
  whitewash: {
    repeat: 2.4,
    size: 1024,
    texel: (seed) => (u, v) => {
      const base = mix(rgb('#bdb7a6'), rgb('#a9a18a'), fbm(u, v, { cells: 4, seed }))
      const damp = fbm(u, v, { cells: 2, octaves: 5, seed: seed + 3 }) + 0.2 * (v - 0.6)
      const bloom = smooth(0.6, 0.75, damp)
      const rim = smooth(0.58, 0.62, damp) * (1 - smooth(0.62, 0.68, damp))
      let c = mix(base, rgb('#8c7f5f'), bloom * 0.75)
      c = mix(c, rgb('#6d5c3c'), rim * 0.6)
      const flake = fbm(u, v, { cells: 10, octaves: 3, seed: seed + 9 })
      c = mix(c, rgb('#7c776c'), smooth(0.72, 0.75, flake) * bloom)
      return c
    },
    normal: { strength: 3, height: (seed) => (u, v) => fbm(u, v, { cells: 16, octaves: 4, seed: seed + 9 }) },
  },
  /** Worn concrete, mottled, with darker scuffs and oily stains. */
  concrete: {
    repeat: 2,
    size: 512,
    texel: (seed) => (u, v) => {
      const n = fbm(u, v, { cells: 6, seed })
      const stain = smooth(0.58, 0.72, fbm(u, v, { cells: 2, seed: seed + 5 }))
      let c = mix(rgb('#77726a'), rgb('#5c5852'), n)
      c = mix(c, rgb('#3f3b35'), stain * 0.6)
      const pit = fbm(u, v, { cells: 40, octaves: 2, seed: seed + 11 })
      return mix(c, rgb('#3a3733'), smooth(0.7, 0.78, pit) * 0.7)
    },
    normal: { strength: 4, height: (seed) => (u, v) => fbm(u, v, { cells: 40, octaves: 2, seed: seed + 11 }) },
  },
  /** Bare basement wall concrete, damp climbing from the floor in a soft, ragged band. */
  'damp-concrete': {
    repeat: 2.3,
    size: 1024,
    texel: (seed) => (u, v) => {
      const n = fbm(u, v, { cells: 5, seed })
      let c = mix(rgb('#7a766e'), rgb('#66625b'), n)
      const rise = 0.3 + 0.12 * fbm(u, 0.5, { cells: 6, octaves: 3, seed: seed + 2 })
      const wet = smooth(rise + 0.04, rise - 0.06, v)
      c = mix(c, rgb('#4a4a40'), wet * 0.8)
      c = mix(c, rgb('#d2cfc2'), smooth(0.04, 0, Math.abs(v - rise)) * 0.35) // salt at the tide line
      const patch = smooth(0.62, 0.66, fbm(u, v, { cells: 3, seed: seed + 8 }))
      return mix(c, rgb('#8b877e'), patch * 0.7)
    },
    normal: { strength: 4, height: (seed) => (u, v) => fbm(u, v, { cells: 32, octaves: 3, seed: seed + 4 }) },
  },
  /** Enamel-painted steel, chipped to rust at worn spots, rust streaks running down. */
  'chipped-enamel': {
    repeat: 1,
    size: 512,
    texel: (seed) => (u, v) => {
      const base = mix(rgb('#3f4446'), rgb('#353a3b'), fbm(u, v, { cells: 5, seed }))
      const chip = fbm(u, v, { cells: 12, octaves: 4, seed: seed + 4 })
      const streak = fbm(u * 1, v * 0.1, { cells: 16, octaves: 3, seed: seed + 6 })
      let c = mix(base, rgb('#6b3f22'), smooth(0.62, 0.67, chip))
      c = mix(c, rgb('#5a3a24'), smooth(0.6, 0.8, streak) * 0.45)
      return c
    },
  },
  /** Rusted pipe or bucket metal: orange-brown rust over dark iron, blotchy. */
  rust: {
    repeat: 0.8,
    size: 512,
    texel: (seed) => (u, v) => {
      const n = fbm(u, v, { cells: 6, seed })
      const scale = smooth(0.45, 0.6, fbm(u, v, { cells: 14, seed: seed + 3 }))
      let c = mix(rgb('#4a3324'), rgb('#7a4526'), n)
      return mix(c, rgb('#3a3a38'), (1 - scale) * 0.5)
    },
  },
  /** Worn, dirty wood: grain along u, darkened where hands and feet wear it. */
  wood: {
    repeat: 1,
    size: 512,
    texel: (seed) => (u, v) => {
      const grain = fbm(u * 0.25, v, { cells: 24, octaves: 3, seed })
      const ring = 0.5 + 0.5 * Math.sin((v + 0.15 * fbm(u, v, { cells: 3, seed: seed + 1 })) * 80)
      let c = mix(rgb('#6e5538'), rgb('#4d3a26'), grain * 0.7 + ring * 0.2)
      return mix(c, rgb('#37302a'), smooth(0.55, 0.75, fbm(u, v, { cells: 3, seed: seed + 2 })) * 0.5)
    },
  },
  /** Thin mattress in striped ticking, with soft brown and yellow stains. */
  mattress: {
    repeat: 0.8,
    size: 512,
    texel: (seed) => (u, v) => {
      const stripe = 0.5 + 0.5 * Math.sin(u * Math.PI * 2 * 16)
      let c = mix(rgb('#767b80'), rgb('#5b6168'), smooth(0.3, 0.7, stripe))
      const stain = fbm(u, v, { cells: 3, octaves: 5, seed })
      c = mix(c, rgb('#7d6a48'), smooth(0.56, 0.68, stain) * 0.7)
      c = mix(c, rgb('#5a4a34'), smooth(0.64, 0.66, stain) * (1 - smooth(0.68, 0.72, stain)) * 0.6)
      return mix(c, rgb('#4e4c48'), fbm(u, v, { cells: 24, octaves: 2, seed: seed + 5 }) * 0.25)
    },
  },
  /** Cheap white sanitary enamel, crazed, grimy and chipped to black iron. */
  ceramic: {
    repeat: 0.6,
    size: 256,
    texel: (seed) => (u, v) => {
      let c = mix(rgb('#cdc9bd'), rgb('#a39a82'), fbm(u, v, { cells: 4, seed }) * 0.8)
      return mix(c, rgb('#2e2c2a'), smooth(0.68, 0.72, fbm(u, v, { cells: 10, seed: seed + 3 })))
    },
  },
  /** A dark grey wool blanket, felted. */
  blanket: {
    repeat: 0.6,
    size: 256,
    texel: (seed) => (u, v) => mix(rgb('#45474d'), rgb('#2f3034'), fbm(u, v, { cells: 20, octaves: 3, seed })),
  },
}

/**
 * The colour (and, where the recipe has one, normal) PNGs of texture `name`, deterministic for `seed`.
 * @param {string} name
 * @param {number} [seed]
 */
export async function makeTexture(name, seed = 1) {
  const recipe = TEXTURES[name]
  if (!recipe) throw new Error(`unknown texture "${name}"`)
  const color = await render(recipe.size, recipe.texel(seed))
  const normal = recipe.normal
    ? await normalMap(recipe.size / 2, recipe.normal.height(seed), recipe.normal.strength)
    : null
  return { color, normal, repeat: recipe.repeat }
}
