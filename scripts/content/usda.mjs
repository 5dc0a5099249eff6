// A small writer of USD's text format (USDA): prims, their metadata and properties, as AR Quick Look reads them.
// It knows nothing about cells; quick-look.mjs builds the cell's stage with it.

/**
 * A prim name USD accepts (letters, digits and underscores, not starting with a digit), from any text:
 * `anchor-bunk` → `anchor_bunk`.
 * @param {string} text
 * @returns {string}
 */
export function usdName(text) {
  const name = String(text).replace(/[^A-Za-z0-9_]/g, '_')
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`
}

/**
 * A name not yet in `taken` (which it joins): `name`, else `name_1`, `name_2`…
 * @param {Set<string>} taken
 * @param {string} base
 * @returns {string}
 */
export function uniqueName(taken, base) {
  let name = usdName(base)
  for (let i = 1; taken.has(name); i++) name = `${usdName(base)}_${i}`
  taken.add(name)
  return name
}

/**
 * A number as few digits as float precision needs; never `-0` or an exponent USD would read as a token.
 * @param {number} value
 * @returns {string}
 */
export function num(value) {
  const v = Number(value.toPrecision(7))
  if (v === 0 || !Number.isFinite(v)) return '0'
  const text = String(v)
  return text.includes('e') ? v.toFixed(10).replace(/\.?0+$/, '') : text
}

/**
 * `(x, y, z)` from numbers.
 * @param {Iterable<number> | ArrayLike<number>} values
 */
export const tuple = (values) => `(${Array.from(values, num).join(', ')})`

/**
 * A number rounded to `decimals` places, in as few digits as that needs (never `-0` or an exponent).
 * @param {number} value
 * @param {number} decimals
 */
function fixed(value, decimals) {
  const scale = 10 ** decimals
  const v = Math.round(value * scale) / scale
  return v === 0 || !Number.isFinite(v) ? '0' : v.toFixed(decimals).replace(/\.?0+$/, '')
}

/**
 * `[(x,y,z),…]` from a flat list taken `size` at a time: a mesh's arrays, written as tightly as USD reads them (the
 * package is downloaded on a phone, and USDZ stores its files uncompressed). With `decimals`, each number is rounded
 * to that many places; without, as float precision needs.
 * @param {ArrayLike<number> & { slice(start: number, end: number): ArrayLike<number> }} flat
 * @param {number} size
 * @param {number} [decimals]
 * @returns {string}
 */
export function tuples(flat, size, decimals) {
  const write = decimals === undefined ? num : (/** @type {number} */ v) => fixed(v, decimals)
  const out = []
  for (let i = 0; i < flat.length; i += size) out.push(`(${Array.from(flat.slice(i, i + size), write).join(',')})`)
  return `[${out.join(',')}]`
}

/**
 * `[1, 2, 3]` from integers.
 * @param {Iterable<number> | ArrayLike<number>} values
 */
export const ints = (values) => `[${Array.from(values).join(',')}]`

/**
 * A quoted string, escaped as USDA reads it.
 * @param {unknown} text
 */
export const str = (text) => JSON.stringify(String(text))

/**
 * An asset path inside the package: `@audio/a.m4a@`.
 * @param {string} path
 */
export const asset = (path) => `@${path}@`

/**
 * Relationship targets: `</Root/A>`, or a list `[</Root/A>, </Root/B>]` where there are several.
 * @param {readonly string[]} paths
 */
export const targets = (paths) => (paths.length === 1 ? `<${paths[0]}>` : `[${paths.map((p) => `<${p}>`).join(', ')}]`)

/**
 * A prim: `def Type "name" (metadata) { properties; children }`. `meta` and `props` are USDA lines; a multi-line
 * entry (a dictionary) is indented with its prim.
 * @example prim('Xform', 'Root', { props: ['double3 xformOp:translate = (0, 1, 0)'] })
 * @param {string} type
 * @param {string} name
 * @param {{ meta?: string[]; props?: string[]; children?: Prim[] }} [body]
 * @returns {Prim}
 */
export function prim(type, name, { meta = [], props = [], children = [] } = {}) {
  return { type, name, meta, props, children }
}

/** @typedef {{ type: string; name: string; meta: string[]; props: string[]; children: Prim[] }} Prim */

/**
 * @param {Prim} p
 * @param {number} depth
 * @returns {string}
 */
function render(p, depth) {
  const pad = '    '.repeat(depth)
  /**
   * @param {string} line
   * @param {string} by
   */
  const indent = (line, by) => line.replaceAll('\n', `\n${pad}${by}`)
  const head = `${pad}def ${p.type ? `${p.type} ` : ''}${str(p.name)}`
  const meta = p.meta.length ? ` (\n${p.meta.map((m) => `${pad}    ${indent(m, '    ')}`).join('\n')}\n${pad})` : ''
  const props = p.props.map((line) => `${pad}    ${indent(line, '    ')}`).join('\n')
  const children = p.children.map((child) => render(child, depth + 1)).join('\n\n')
  const body = [props, children].filter(Boolean).join('\n\n')
  return `${head}${meta}\n${pad}{\n${body}${body ? '\n' : ''}${pad}}`
}

/**
 * A whole layer: the header (metres, +y up, the default prim) and its prims.
 * @param {{ creator: string, defaultPrim: string, prims: Prim[] }} layer
 * @returns {string}
 */
export function layer({ creator, defaultPrim, prims }) {
  const header = [
    '#usda 1.0',
    '(',
    '    customLayerData = {',
    `        string creator = ${str(creator)}`,
    '    }',
    `    defaultPrim = ${str(defaultPrim)}`,
    '    metersPerUnit = 1',
    '    upAxis = "Y"',
    ')',
  ].join('\n')
  return `${header}\n\n${prims.map((p) => render(p, 0)).join('\n\n')}\n`
}
