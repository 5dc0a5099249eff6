// The cell for AR Quick Look (iPhone, iPad, Vision Pro: no WebXR there): a USDZ beside the GLB, at real scale, with
// the model's named nodes, and each testimony as a glowing marker that plays its recording, from its spot, when
// tapped (Apple's preliminary behaviours: a TapGesture trigger and an Audio action, the AAC inside the package).
// Its geometry is a copy simplified for a phone, its textures JPEG or PNG decoded from the model's KTX2.
import { cloneDocument, prune, simplify, weld } from '@gltf-transform/functions'
import { MeshoptSimplifier } from 'meshoptimizer'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import sharp from 'sharp'
import { GZIP_LEVEL, GZIP_TYPES, MIME_TYPES } from '../../deploy/headers.mjs'
import { decodeKtx2 } from './ktx2.mjs'
import { readModel } from './model.mjs'
import { ensureDir, paths } from './registry.mjs'
import { asset, ints, layer, num, prim, str, targets, tuple, tuples, uniqueName } from './usda.mjs'
import { packUsdz, usdzEntries, usdzProblems } from './usdz.mjs'
/** @import { Accessor, Document, Material, Node, Primitive, Texture, TextureInfo } from '@gltf-transform/core' */
/** @import { Prim } from './usda.mjs' */

/**
 * What a USDZ holds, read back from the file itself.
 * @typedef {object} QuickLookStats
 * @property {number} bytes the file's size
 * @property {number} wireBytes what a visitor downloads: gzipped where deploy/ compresses USDZ, else the file's size
 * @property {number} polygons
 * @property {{ name: string; width: number; height: number }[]} textures
 * @property {Record<string, Uint8Array>} audio recordings inside the package, by their path in it
 * @property {string[]} problems
 */

/**
 * What the package is made from of a cell (src/content/schema.ts `Cell`): its model and its testimonies' spots and
 * recordings.
 * @typedef {object} QuickLookCell
 * @property {string} id
 * @property {string} model
 * @property {QuickLookTestimony[]} testimonies
 */
/**
 * @typedef {{
 *   id: string
 *   position: readonly number[]
 *   speaker: { consent: string }
 *   audio: { aac: string }
 *   consentScope?: { where: readonly string[] }
 * }} QuickLookTestimony
 */

/** @typedef {{ path: string; bytes: Uint8Array; width: number; height: number }} PackageTexture */
/** @typedef {{ id: string; position: readonly number[]; audio: string }} Sound */
/** @typedef {Sound & { name: string }} Marker */
/** @typedef {[number, number, number]} Rgb */

/**
 * Apple's guidance for Quick Look: about 100,000 polygons, textures at most 2048 px on a side; and the cell's own
 * budget (docs/product.md: 1.5 MB a cell), which the package keeps on the wire with its recordings inside.
 */
export const QUICK_LOOK_BUDGET = { polygons: 100_000, textureSize: 2048, bytes: 1.5 * 1024 * 1024 }
/** The textures the package carries: 1024 px on a side at most, as sharp as a phone's screen shows a wall. */
export const PHONE_TEXTURE_SIZE = 1024
/**
 * How far the phone copy's surfaces may move, as a share of each mesh's size (meshoptimizer's error): a twentieth
 * of a percent, 2–3 mm in a cell. The web model's extra vertices carry its baked light, which Quick Look cannot show
 * (it reads no vertex colours): on flat walls they fold away at no error at all.
 */
const PHONE_ERROR = 0.0005
/** What the package writes of a vertex; the rest (baked light, a second UV set, tangents) goes before welding. */
const CARRIED = new Set(['POSITION', 'NORMAL', 'TEXCOORD_0'])

const CREATOR = '#PrisonersVoice content tool (scripts/content/quick-look.mjs)'
const SCENE = '/Root/Scenes/Scene'
const MATERIALS = '/Root/Materials'
/** The app's marker: a sphere of 8 cm in its idle colour (src/scene/markers.tsx), lit from within. */
const MARKER = { radius: 0.08, color: '#ffd27a' }
const TRIANGLES = 4
/** @type {Record<number, string>} */
const WRAP = { 10497: 'repeat', 33071: 'clamp', 33648: 'mirror' }

/**
 * Whether a testimony may travel in the Quick Look package: not withdrawn, and its speaker agreed to AR (the package
 * is AR on Apple's devices, and a copy that leaves the site: it can be saved and shared).
 * @param {QuickLookTestimony} t
 * @returns {boolean}
 */
function inQuickLook(t) {
  return t.speaker.consent !== 'withdrawn' && (t.consentScope?.where.includes('ar') ?? false)
}

/**
 * A testimony as the package carries it: where it waits and which recording (inside the package) it plays.
 * @param {QuickLookCell} cell
 * @returns {(Sound & { aac: string })[]}
 */
function audible(cell) {
  return cell.testimonies
    .filter(inQuickLook)
    .map((t) => ({ id: t.id, position: t.position, audio: `audio/${t.id}.m4a`, aac: t.audio.aac }))
}

/**
 * Writes `models/<cell>.usdz` from the cell's published model and recordings (only testimonies whose speakers agreed
 * to AR: withdrawn ones, and any whose consent scope does not name `ar`, are left out), and
 * returns what {@link quickLookStats} reads back from it. `files` resolves the site paths the cell names (the content
 * tool passes its staging view, so a change's own model and recordings are read before they are published) and
 * `out` is where the package goes (default: its place in the site).
 * @example await writeQuickLook({ root: 'public', cell: await readJson('public', 'content/cells/sizo-cell.json') })
 * @param {object} options
 * @param {string} options.root
 * @param {QuickLookCell} options.cell
 * @param {{ abs(sitePath: string): string; quickLook(id: string): string }} [options.files] resolves the site paths
 *   the cell names (default: the published files under root)
 * @param {string} [options.out] where the package goes (default: models/<cell>.usdz under root)
 * @returns {Promise<QuickLookStats>}
 */
export async function writeQuickLook({ root, cell, files = paths(root), out = files.abs(files.quickLook(cell.id)) }) {
  const p = files
  const doc = await phoneCopy(await readModel(p.abs(cell.model)))
  const textures = await encodeTextures(doc)
  const sounds = audible(cell)
  const usda = cellLayer(doc, { cellId: cell.id, sounds, textures })
  /** @type {[string, Uint8Array][]} */
  const entries = [[`${cell.id}.usda`, new Uint8Array(Buffer.from(usda, 'utf8'))]]
  for (const t of textures.values()) entries.push([t.path, t.bytes])
  for (const s of sounds) entries.push([s.audio, new Uint8Array(await readFile(p.abs(s.aac)))])
  await ensureDir(out)
  await writeFile(out, packUsdz(entries))
  return quickLookStats(out)
}

/**
 * The model as the package carries it: only what it writes of each vertex, welded, and simplified within
 * {@link PHONE_ERROR}. Named empty nodes (anchors) stay; the model itself is not changed.
 * @param {Document} doc
 * @returns {Promise<Document>}
 */
async function phoneCopy(doc) {
  const copy = cloneDocument(doc)
  for (const mesh of copy.getRoot().listMeshes())
    for (const primitive of mesh.listPrimitives())
      for (const semantic of primitive.listSemantics())
        if (!CARRIED.has(semantic)) primitive.setAttribute(semantic, null)
  await copy.transform(
    weld(),
    // ratio 0: as few triangles as the error allows
    simplify({ simplifier: MeshoptSimplifier, ratio: 0, error: PHONE_ERROR }),
    prune({ keepLeaves: true }),
  )
  return copy
}

/**
 * The stage of a cell: `/Root/Scenes/Scene` holds the model's node tree, `Testimonies` (one marker per testimony,
 * named after it) and `Behaviors` (one per marker: a tap plays its recording and stops any other); materials
 * live in `/Root/Materials`. Pure: `textures` maps each glTF texture to its file in the package.
 * @param {Document} doc
 * @param {{ cellId: string, sounds: readonly Sound[], textures: Map<unknown, { path: string }> }} options
 * @returns {string}
 */
function cellLayer(doc, { cellId, sounds, textures }) {
  const sceneNames = new Set(['Testimonies', 'Behaviors'])
  /** @type {Map<Material, { name: string; prim: Prim }>} */
  const materials = new Map()
  const materialNames = new Set(['Marker'])
  /** @param {Material} material */
  const bind = (material) => {
    let bound = materials.get(material)
    if (!bound) {
      const name = uniqueName(materialNames, material.getName() || 'material')
      bound = { name, prim: materialPrim(name, material, textures) }
      materials.set(material, bound)
    }
    return `${MATERIALS}/${bound.name}`
  }
  const gltfScene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]
  // texture coordinates are written only for a material with a texture in the package
  /** @param {Material} material */
  const carries = (material) =>
    [
      material.getBaseColorTexture(),
      material.getEmissiveTexture(),
      material.getMetallicRoughnessTexture(),
      material.getNormalTexture(),
      material.getOcclusionTexture(),
    ].some((t) => t && textures.has(t))
  const model = (gltfScene?.listChildren() ?? []).map((node) => nodePrim(node, sceneNames, SCENE, bind, carries))

  /** @type {Set<string>} */
  const markerNames = new Set()
  /** @type {Marker[]} */
  const markers = sounds.map((s) => ({ ...s, name: uniqueName(markerNames, s.id) }))
  /** @param {Marker} m */
  const markerPath = (m) => `${SCENE}/Testimonies/${m.name}`
  const testimonies = prim('Xform', 'Testimonies', {
    children: markers.map((m) =>
      prim('Mesh', m.name, {
        meta: [
          `customData = {\n    string testimonyId = ${str(m.id)}\n}`,
          'prepend apiSchemas = ["MaterialBindingAPI"]',
        ],
        props: [
          ...sphere(MARKER.radius),
          `rel material:binding = <${MATERIALS}/Marker>`,
          `double3 xformOp:translate = ${tuple(m.position)}`,
          'uniform token[] xformOpOrder = ["xformOp:translate"]',
        ],
      }),
    ),
  })
  const behaviors = prim('Scope', 'Behaviors', {
    children: markers.map((m) => behaviorPrim(m, markers, markerPath)),
  })

  const scene = prim('Xform', 'Scene', {
    meta: [
      'prepend apiSchemas = ["Preliminary_AnchoringAPI"]',
      'customData = {\n    bool preliminary_collidesWithEnvironment = 0\n    string sceneName = "Scene"\n}',
      'sceneName = "Scene"',
    ],
    // Placed on the floor: the model's origin is the floor's centre.
    props: ['token preliminary:anchoring:type = "plane"', 'token preliminary:planeAnchoring:alignment = "horizontal"'],
    children: [...model, testimonies, behaviors],
  })
  const marker = materialPrim('Marker', null, textures, { color: linear(MARKER.color), emissive: linear(MARKER.color) })
  return layer({
    creator: CREATOR,
    defaultPrim: 'Root',
    prims: [
      prim('Xform', 'Root', {
        meta: [`assetInfo = {\n    string name = ${str(cellId)}\n}`],
        children: [
          prim('Scope', 'Scenes', { meta: ['kind = "sceneLibrary"'], children: [scene] }),
          prim('Scope', 'Materials', { children: [marker, ...[...materials.values()].map((m) => m.prim)] }),
        ],
      }),
    ],
  })
}

/**
 * A glTF node as an Xform with its local matrix, its mesh's triangles as Mesh prims, then its children.
 * @param {Node} node
 * @param {Set<string>} siblings
 * @param {string} parentPath
 * @param {(material: Material) => string} bind
 * @param {(material: Material) => boolean} carries
 * @returns {Prim}
 */
function nodePrim(node, siblings, parentPath, bind, carries) {
  const name = uniqueName(siblings, node.getName() || 'node')
  const path = `${parentPath}/${name}`
  const m = node.getMatrix()
  /** @type {Set<string>} */
  const children = new Set()
  const meshes = []
  const mesh = node.getMesh()
  for (const primitive of mesh?.listPrimitives() ?? []) {
    if (primitive.getMode() !== TRIANGLES || !primitive.getAttribute('POSITION')) continue
    const meshName = uniqueName(children, mesh?.getName() || 'mesh')
    const material = primitive.getMaterial()
    const textured = material ? carries(material) : false
    meshes.push(meshPrim(meshName, primitive, material ? bind(material) : null, textured, positionDigits(node)))
  }
  const meta =
    name === node.getName() || !node.getName() ? [] : [`customData = {\n    string name = ${str(node.getName())}\n}`]
  return prim('Xform', name, {
    meta,
    props: [
      // USD's row-vector matrices hold the same 16 numbers in the same order as glTF's column-major ones.
      `matrix4d xformOp:transform = ( ${[0, 4, 8, 12].map((i) => tuple(m.slice(i, i + 4))).join(', ')} )`,
      'uniform token[] xformOpOrder = ["xformOp:transform"]',
    ],
    children: [...meshes, ...node.listChildren().map((child) => nodePrim(child, children, path, bind, carries))],
  })
}

/**
 * Every element of an accessor as a flat list of numbers (quantised data comes back as the values it encodes).
 * @param {Accessor} accessor
 * @returns {number[]}
 */
function flat(accessor) {
  const size = accessor.getElementSize()
  /** @type {number[]} */
  const out = new Array(accessor.getCount() * size)
  /** @type {number[]} */
  const element = new Array(size)
  for (let i = 0; i < accessor.getCount(); i++) {
    accessor.getElement(i, element)
    for (let k = 0; k < size; k++) out[i * size + k] = element[k]
  }
  return out
}

/**
 * Decimal places of a mesh's numbers, no finer than a visitor can see: positions to a millimetre in the room (finer
 * where the node is scaled down: a scan in centimetres), normals to a thousandth (under a tenth of a degree),
 * texture coordinates to a tenth of a texel of a {@link PHONE_TEXTURE_SIZE} px texture, however often it repeats.
 */
const POSITION_DIGITS = 3
const DIRECTION_DIGITS = 3
const UV_DIGITS = 4

/**
 * Decimals that keep a node's positions to a millimetre in the room, whatever the node's scale.
 * @param {Node} node
 */
function positionDigits(node) {
  const m = node.getWorldMatrix()
  const scale = Math.max(...[0, 4, 8].map((i) => Math.hypot(m[i], m[i + 1], m[i + 2])))
  return scale > 0 && scale < 1 ? Math.min(7, POSITION_DIGITS + Math.ceil(-Math.log10(scale))) : POSITION_DIGITS
}

/**
 * @param {string} name
 * @param {Primitive} primitive
 * @param {string | null} material the path of its material prim
 * @param {boolean} textured
 * @param {number} digits
 * @returns {Prim}
 */
function meshPrim(name, primitive, material, textured, digits) {
  const points = flat(/** @type {Accessor} */ (primitive.getAttribute('POSITION')))
  const indexAccessor = primitive.getIndices()
  const indices = indexAccessor
    ? Array.from(/** @type {ArrayLike<number>} */ (indexAccessor.getArray()))
    : Array.from({ length: points.length / 3 }, (_, i) => i)
  const props = [
    `int[] faceVertexCounts = ${ints(new Array(Math.floor(indices.length / 3)).fill(3))}`,
    `int[] faceVertexIndices = ${ints(indices.slice(0, indices.length - (indices.length % 3)))}`,
    `point3f[] points = ${tuples(points, 3, digits)}`,
    `float3[] extent = ${extent(points)}`,
  ]
  const normal = primitive.getAttribute('NORMAL')
  if (normal)
    props.push(`normal3f[] normals = ${tuples(flat(normal), 3, DIRECTION_DIGITS)} (\n    interpolation = "vertex"\n)`)
  const uv = textured ? primitive.getAttribute('TEXCOORD_0') : null
  if (uv) {
    const st = flat(uv).map((v, i) => (i % 2 ? 1 - v : v)) // glTF's v runs down the image, USD's up
    props.push(`texCoord2f[] primvars:st = ${tuples(st, 2, UV_DIGITS)} (\n    interpolation = "vertex"\n)`)
  }
  props.push('uniform token subdivisionScheme = "none"')
  if (primitive.getMaterial()?.getDoubleSided()) props.push('uniform bool doubleSided = 1')
  if (material) props.push(`rel material:binding = <${material}>`)
  return prim('Mesh', name, { meta: material ? ['prepend apiSchemas = ["MaterialBindingAPI"]'] : [], props })
}

/** @param {readonly number[]} points */
function extent(points) {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < points.length; i++) {
    min[i % 3] = Math.min(min[i % 3], points[i])
    max[i % 3] = Math.max(max[i % 3], points[i])
  }
  return `[${tuple(min)}, ${tuple(max)}]`
}

/**
 * A UV sphere's Mesh properties: points, normals, triangles.
 * @param {number} radius
 * @param {number} [segments]
 * @param {number} [rings]
 */
function sphere(radius, segments = 16, rings = 10) {
  /** @type {number[]} */
  const points = []
  /** @type {number[]} */
  const normals = []
  /** @type {number[]} */
  const indices = []
  for (let r = 0; r <= rings; r++) {
    const theta = (r / rings) * Math.PI
    for (let s = 0; s <= segments; s++) {
      const phi = (s / segments) * 2 * Math.PI
      const n = [-Math.cos(phi) * Math.sin(theta), Math.cos(theta), Math.sin(phi) * Math.sin(theta)]
      normals.push(...n)
      points.push(...n.map((v) => v * radius))
    }
  }
  for (let r = 0; r < rings; r++)
    for (let s = 0; s < segments; s++) {
      const a = r * (segments + 1) + s
      const b = a + segments + 1
      if (r > 0) indices.push(a, b, a + 1)
      if (r < rings - 1) indices.push(a + 1, b, b + 1)
    }
  return [
    `int[] faceVertexCounts = ${ints(new Array(indices.length / 3).fill(3))}`,
    `int[] faceVertexIndices = ${ints(indices)}`,
    `point3f[] points = ${tuples(points, 3)}`,
    `float3[] extent = [${tuple([-radius, -radius, -radius])}, ${tuple([radius, radius, radius])}]`,
    `normal3f[] normals = ${tuples(normals, 3)} (\n    interpolation = "vertex"\n)`,
    'uniform token subdivisionScheme = "none"',
  ]
}

/**
 * A UsdPreviewSurface material from a glTF one (base colour, emissive, metallic-roughness, normal and occlusion
 * maps, alpha), or from plain colours for the marker.
 * @overload
 * @param {string} name
 * @param {Material} material
 * @param {Map<unknown, { path: string }>} textures
 * @returns {Prim}
 */
/**
 * @overload
 * @param {string} name
 * @param {null} material
 * @param {Map<unknown, { path: string }>} textures
 * @param {{ color: number[]; emissive: number[] }} plain
 * @returns {Prim}
 */
/**
 * @param {string} name
 * @param {Material | null} material
 * @param {Map<unknown, { path: string }>} textures
 * @param {{ color: number[]; emissive: number[] }} [plain]
 * @returns {Prim}
 */
function materialPrim(name, material, textures, plain) {
  const path = `${MATERIALS}/${name}`
  /** @type {Prim[]} */
  const shaders = []
  /** @type {string[]} */
  const inputs = []
  /**
   * @param {string} key
   * @param {Texture | null} texture
   * @param {TextureInfo | null} info
   * @param {{ channels: string[]; space: string; scale?: number[]; bias?: number[] }} how
   */
  const texture = (key, texture, info, { channels, space, scale, bias }) => {
    const file = textures.get(texture)
    if (!file) return null
    const shader = `${key}Texture`
    const props = [
      'uniform token info:id = "UsdUVTexture"',
      `asset inputs:file = ${asset(file.path)}`,
      `float2 inputs:st.connect = <${path}/uv.outputs:result>`,
      `token inputs:sourceColorSpace = "${space}"`,
      `token inputs:wrapS = "${WRAP[/** @type {number} */ (info?.getWrapS())] ?? 'repeat'}"`,
      `token inputs:wrapT = "${WRAP[/** @type {number} */ (info?.getWrapT())] ?? 'repeat'}"`,
    ]
    if (scale) props.push(`float4 inputs:scale = ${tuple(scale)}`)
    if (bias) props.push(`float4 inputs:bias = ${tuple(bias)}`)
    props.push(...channels.map((c) => (c === 'rgb' ? 'float3 outputs:rgb' : `float outputs:${c}`)))
    shaders.push(prim('Shader', shader, { props }))
    return `${path}/${shader}.outputs`
  }

  if (material) {
    const [r, g, b, a] = material.getBaseColorFactor()
    const blend = material.getAlphaMode() !== 'OPAQUE'
    const base = texture('baseColor', material.getBaseColorTexture(), material.getBaseColorTextureInfo(), {
      channels: blend ? ['rgb', 'a'] : ['rgb'],
      space: 'sRGB',
      scale: [r, g, b, a],
    })
    // a texture that could not be carried: its average colour, noted when it was encoded as KTX2, stands in
    const average = !base && averageColour(material.getBaseColorTexture())
    const diffuse = average ? [r * average[0], g * average[1], b * average[2]] : [r, g, b]
    inputs.push(
      base ? `color3f inputs:diffuseColor.connect = <${base}:rgb>` : `color3f inputs:diffuseColor = ${tuple(diffuse)}`,
    )
    if (blend) inputs.push(base ? `float inputs:opacity.connect = <${base}:a>` : `float inputs:opacity = ${num(a)}`)
    if (material.getAlphaMode() === 'MASK')
      inputs.push(`float inputs:opacityThreshold = ${num(material.getAlphaCutoff())}`)

    const emissive = material.getEmissiveFactor()
    const glow = texture('emissive', material.getEmissiveTexture(), material.getEmissiveTextureInfo(), {
      channels: ['rgb'],
      space: 'sRGB',
      scale: [...emissive, 1],
    })
    if (glow) inputs.push(`color3f inputs:emissiveColor.connect = <${glow}:rgb>`)
    else if (emissive.some((v) => v > 0)) inputs.push(`color3f inputs:emissiveColor = ${tuple(emissive)}`)

    const mr = texture(
      'metallicRoughness',
      material.getMetallicRoughnessTexture(),
      material.getMetallicRoughnessTextureInfo(),
      {
        channels: ['g', 'b'],
        space: 'raw',
        scale: [1, material.getRoughnessFactor(), material.getMetallicFactor(), 1],
      },
    )
    inputs.push(
      mr
        ? `float inputs:roughness.connect = <${mr}:g>`
        : `float inputs:roughness = ${num(material.getRoughnessFactor())}`,
    )
    inputs.push(
      mr ? `float inputs:metallic.connect = <${mr}:b>` : `float inputs:metallic = ${num(material.getMetallicFactor())}`,
    )

    const s = material.getNormalScale()
    const normal = texture('normal', material.getNormalTexture(), material.getNormalTextureInfo(), {
      channels: ['rgb'],
      space: 'raw',
      scale: [2 * s, 2 * s, 2, 1],
      bias: [-s, -s, -1, 0],
    })
    if (normal) inputs.push(`normal3f inputs:normal.connect = <${normal}:rgb>`)
    const k = material.getOcclusionStrength()
    const occlusion = texture('occlusion', material.getOcclusionTexture(), material.getOcclusionTextureInfo(), {
      channels: ['r'],
      space: 'raw',
      scale: [k, k, k, 1],
      bias: [1 - k, 1 - k, 1 - k, 0],
    })
    if (occlusion) inputs.push(`float inputs:occlusion.connect = <${occlusion}:r>`)
  } else if (plain) {
    inputs.push(
      `color3f inputs:diffuseColor = ${tuple(plain.color)}`,
      `color3f inputs:emissiveColor = ${tuple(plain.emissive)}`,
      'float inputs:roughness = 0.5',
      'float inputs:metallic = 0',
    )
  }
  if (shaders.length)
    shaders.unshift(
      prim('Shader', 'uv', {
        props: [
          'uniform token info:id = "UsdPrimvarReader_float2"',
          'string inputs:varname = "st"',
          'float2 outputs:result',
        ],
      }),
    )
  const surface = prim('Shader', 'surface', {
    props: ['uniform token info:id = "UsdPreviewSurface"', ...inputs, 'token outputs:surface'],
  })
  return prim('Material', name, {
    props: [`token outputs:surface.connect = <${path}/surface.outputs:surface>`],
    children: [surface, ...shaders],
  })
}

/**
 * A tap on the marker plays its recording from the marker (spatial), and stops any other testimony's: one voice
 * at a time, as in the app. A second tap on a marker that is already speaking is ignored.
 * @param {Marker} marker
 * @param {readonly Marker[]} markers
 * @param {(m: Marker) => string} markerPath
 * @returns {Prim}
 */
function behaviorPrim(marker, markers, markerPath) {
  const path = `${SCENE}/Behaviors/Tap_${marker.name}`
  /**
   * @param {string} name
   * @param {Marker} m
   * @param {'play' | 'stop'} type
   */
  const audio = (name, m, type) =>
    prim('Preliminary_Action', name, {
      props: [
        `rel affectedObjects = ${targets([markerPath(m)])}`,
        `uniform asset audio = ${asset(m.audio)}`,
        'uniform token auralMode = "spatial"',
        'uniform double gain = 1',
        'uniform token info:id = "Audio"',
        'uniform token multiplePerformOperation = "ignore"',
        `uniform token type = "${type}"`,
      ],
    })
  const others = markers.filter((m) => m !== marker)
  const steps = [...others.map((m) => `${path}/Stop_${m.name}`), `${path}/Play`]
  return prim('Preliminary_Behavior', `Tap_${marker.name}`, {
    props: [
      `rel triggers = ${targets([`${path}/Tap`])}`,
      `rel actions = ${targets([`${path}/Start`])}`,
      'uniform bool exclusive = 0',
    ],
    children: [
      prim('Preliminary_Trigger', 'Tap', {
        props: [`rel affectedObjects = ${targets([markerPath(marker)])}`, 'uniform token info:id = "TapGesture"'],
      }),
      prim('Preliminary_Action', 'Start', {
        props: [
          `rel actions = ${targets(steps)}`,
          'uniform token info:id = "Group"',
          'uniform bool loops = 0',
          'uniform int performCount = 1',
          'uniform token type = "parallel"',
        ],
      }),
      ...others.map((m) => audio(`Stop_${m.name}`, m, 'stop')),
      audio('Play', marker, 'play'),
    ],
  })
}

/**
 * The linear average colour the content tool noted on a texture it encoded as KTX2 (extras.averageColor), or null.
 * @param {Texture | null} texture
 */
function averageColour(texture) {
  const hex = texture?.getExtras()?.averageColor
  return typeof hex === 'string' && /^#[0-9a-f]{6}$/i.test(hex) ? linear(hex) : null
}

/**
 * '#rrggbb' as a designer picks it (sRGB) → linear [r, g, b], as UsdPreviewSurface takes colours.
 * @param {string} hex
 * @returns {number[]}
 */
function linear(hex) {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
}

/**
 * Every texture the model uses, as a file Quick Look reads (PNG where some texel is transparent, else JPEG), at most
 * {@link PHONE_TEXTURE_SIZE} px on a side. KTX2 is decoded with three's Basis transcoder, WebP with sharp: Quick Look
 * reads neither.
 * @param {Document} doc
 * @returns {Promise<Map<Texture, PackageTexture>>}
 */
async function encodeTextures(doc) {
  /** @type {Map<Texture, PackageTexture>} */
  const out = new Map()
  /** @type {Set<string>} */
  const names = new Set()
  for (const [i, texture] of doc.getRoot().listTextures().entries()) {
    const image = texture.getImage()
    if (!image) continue
    const source = await pixels(texture, image)
    const { isOpaque } = await source().stats()
    const normal = usedAs(texture, 'normalTexture')
    const input = source().resize({
      width: PHONE_TEXTURE_SIZE,
      height: PHONE_TEXTURE_SIZE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    const { data, info } = await (
      isOpaque
        ? // a normal map keeps its full chroma: its channels are directions, which 4:2:0 would blur into each other
          input.removeAlpha().jpeg({ quality: 85, mozjpeg: true, chromaSubsampling: normal ? '4:4:4' : '4:2:0' })
        : input.png({ compressionLevel: 9 })
    ).toBuffer({ resolveWithObject: true })
    out.set(texture, {
      path: `textures/${uniqueName(names, texture.getName() || `texture_${i}`)}.${isOpaque ? 'jpg' : 'png'}`,
      bytes: new Uint8Array(data),
      width: info.width,
      height: info.height,
    })
  }
  return out
}

/**
 * A texture's pixels as a fresh sharp pipeline each call (a pipeline runs once).
 * @param {Texture} texture
 * @param {Uint8Array} image its image
 */
async function pixels(texture, image) {
  if (texture.getMimeType() !== 'image/ktx2') return () => sharp(image)
  const { data, width, height } = await decodeKtx2(image)
  const raw = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return () => sharp(raw, { raw: { width, height, channels: 4 } })
}

/**
 * Whether a material uses the texture in the given slot (`normalTexture`, …).
 * @param {Texture} texture
 * @param {string} slot
 */
function usedAs(texture, slot) {
  return texture
    .getGraph()
    .listParentEdges(texture)
    .some((edge) => edge.getName() === slot)
}

/**
 * What a USDZ holds, read back from the file itself: its size, the layer's polygons (counted from its
 * `faceVertexCounts`), textures and their pixel sizes, recordings, markers and what keeps it from being a USDZ.
 * @param {string} file
 * @returns {Promise<QuickLookStats>}
 */
export async function quickLookStats(file) {
  const archive = new Uint8Array(await readFile(file))
  const entries = usdzEntries(archive)
  const usda = Buffer.from(entries[0]?.bytes ?? []).toString('utf8')
  let polygons = 0
  for (const m of usda.matchAll(/int\[\] faceVertexCounts = \[([^\]]*)\]/g))
    polygons += m[1].trim() ? m[1].split(',').length : 0
  /** @type {QuickLookStats['textures']} */
  const textures = []
  for (const e of entries.filter((e) => /\.(png|jpe?g)$/i.test(e.name))) {
    const { width = 0, height = 0 } = await sharp(e.bytes).metadata()
    textures.push({ name: e.name, width, height })
  }
  const bytes = (await stat(file)).size
  return {
    bytes,
    wireBytes: onTheWire(archive),
    polygons,
    textures,
    audio: Object.fromEntries(entries.filter((e) => e.name.endsWith('.m4a')).map((e) => [e.name, e.bytes])),
    problems: usdzProblems(entries),
  }
}

/**
 * The bytes a visitor downloads for a package: gzipped as nginx sends it where deploy/ compresses USDZ
 * (deploy/headers.mjs: GZIP_TYPES, at its level), else the file as it is.
 * @param {Uint8Array} archive
 * @returns {number}
 */
function onTheWire(archive) {
  return GZIP_TYPES.includes(MIME_TYPES.usdz) ? gzipSync(archive, { level: GZIP_LEVEL }).length : archive.length
}

/**
 * Whether the package is over the cell's 1.5 MB on the wire, as a phrase (or null). Reported, not refused: the
 * recordings have to travel inside the package (Quick Look streams nothing), so a cell with many long testimonies
 * is over it whatever the tool does; the curator decides.
 * @param {Pick<QuickLookStats, 'wireBytes'>} stats
 * @returns {string | null}
 */
export function quickLookSizeProblem(stats) {
  return stats.wireBytes > QUICK_LOOK_BUDGET.bytes
    ? `is ${(stats.wireBytes / 1048576).toFixed(2)} MB on the wire, over the cell's 1.5 MB budget`
    : null
}

/**
 * What a USDZ exceeds of Apple's guidance, one phrase each: `check` refuses such a package.
 * @param {QuickLookStats} stats
 * @returns {string[]}
 */
export function quickLookBudgetProblems(stats) {
  const problems = [...stats.problems]
  if (stats.polygons > QUICK_LOOK_BUDGET.polygons)
    problems.push(`has ${stats.polygons} polygons, over Quick Look's guidance of about 100,000`)
  for (const t of stats.textures)
    if (Math.max(t.width, t.height) > QUICK_LOOK_BUDGET.textureSize)
      problems.push(`has ${t.name} at ${t.width}×${t.height} px, over the 2048 px of Quick Look's guidance`)
  return problems
}

/**
 * Whether the package still matches its cell: every testimony that can be heard is inside with the published
 * recording, and nothing else is. Returns the problems as phrases.
 * @param {object} options
 * @param {string} options.root
 * @param {QuickLookCell} options.cell
 * @param {Pick<QuickLookStats, 'audio'>} options.stats
 * @param {{ abs(sitePath: string): string }} [options.files]
 * @returns {Promise<string[]>}
 */
export async function quickLookStaleness({ root, cell, stats, files = paths(root) }) {
  const p = files
  const expected = audible(cell)
  const problems = []
  for (const s of expected) {
    const inside = stats.audio[s.audio]
    const published = new Uint8Array(await readFile(p.abs(s.aac)).catch(() => Buffer.alloc(0)))
    if (!inside) problems.push(`lacks the recording of "${s.id}"`)
    else if (Buffer.compare(Buffer.from(inside), Buffer.from(published)) !== 0)
      problems.push(`has an older recording of "${s.id}"`)
  }
  for (const name of Object.keys(stats.audio))
    if (!expected.some((s) => s.audio === name))
      problems.push(`still holds ${name}, which no testimony it offers plays`)
  return problems
}
