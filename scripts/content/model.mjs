// Cell models: optimise a glTF/GLB with glTF-Transform, keep the named nodes markers anchor to, count what the
// budget (model-budget.mjs) limits.
import { Format, ImageUtils, Logger, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { cloneDocument, dedup, flatten, join, meshopt, prune, simplify, weld } from '@gltf-transform/functions'
import draco3d from 'draco3dgltf'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { createHash } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join as joinPath } from 'node:path'
import { bakeLight, ownLight } from './bake.mjs'
import { PipelineError } from './errors.mjs'
import { filesBeside, toGlb } from './glb.mjs'
import { MODEL_BUDGET } from './model-budget.mjs'
import { MAX_TEXTURE_SIZE, compressTextures, textureMemory } from './textures.mjs'
/** @import { Document } from '@gltf-transform/core' */
/** @import { BakeReport, LightDescription } from './bake.mjs' */

/** @typedef {[number, number, number]} Position */

/**
 * What a model file holds, counted from the file: what the budget (model-budget.mjs) limits, and its anchors.
 * @typedef {object} ModelStats
 * @property {number} bytes the GLB's and those of the textures it names beside it
 * @property {number} triangles
 * @property {number} drawCalls
 * @property {number} textureBytes GPU memory of the textures, mipmaps included, as the app's transcoder uploads them
 * @property {Record<string, Position>} nodes named nodes and their world positions
 */

/**
 * A model as `optimizeModel` wrote it, and what it did.
 * @typedef {object} OptimisedModelReport
 * @property {{ triangles: number; drawCalls: number; textureBytes: number }} input the model as it came in
 * @property {string[]} textures what happened to each texture, e.g. "wall: 8192×8192 jpeg → 2048×2048 KTX2"
 * @property {string[]} textureFiles the texture files written beside the GLB (content-named), to be published with it
 * @property {BakeReport | { kept: string } | null} bake the light baked into it (with the time it took), or why the
 *   model's own light was kept; null: none described
 */
/** @typedef {ModelStats & OptimisedModelReport} OptimisedModel */

/** @type {Promise<NodeIO> | null} */
let ioPromise = null
/**
 * Reads GLB and glTF, uncompressed or compressed with Draco (what scanning apps export) or meshopt.
 * @returns {Promise<NodeIO>}
 */
export function modelIO() {
  ioPromise ??= Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready, draco3d.createDecoderModule()]).then(
    ([, , dracoDecoder]) =>
      new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
        'meshopt.decoder': MeshoptDecoder,
        'meshopt.encoder': MeshoptEncoder,
        'draco3d.decoder': dracoDecoder,
      }),
  )
  return ioPromise
}

/**
 * A glTF or GLB as a glTF-Transform document, meshopt-compressed or not; a file that is not one is named.
 * @param {string} file
 * @returns {Promise<Document>}
 */
export async function readModel(file) {
  const io = await modelIO()
  try {
    // Quiet: the tool prints its own summary.
    return (await io.read(file)).setLogger(new Logger(Logger.Verbosity.WARN))
  } catch (e) {
    throw new PipelineError(file, `is not a glTF model that can be read (${e instanceof Error ? e.message : e})`)
  }
}

/**
 * Named nodes and their world positions: the spots testimonies anchor to.
 * @param {Document} doc
 * @returns {Record<string, Position>}
 */
function namedNodes(doc) {
  /** @type {Record<string, Position>} */
  const out = {}
  for (const node of doc.getRoot().listNodes()) {
    const name = node.getName()
    if (name) out[name] = /** @type {Position} */ (node.getWorldTranslation().map((v) => Math.round(v * 1000) / 1000))
  }
  return out
}

/**
 * The empty named nodes (no mesh): anchors, which optimisation must keep where they are.
 * @param {Document} doc
 * @returns {Record<string, Position>}
 */
function anchors(doc) {
  const named = namedNodes(doc)
  const empty = doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getName() && !n.getMesh())
  return Object.fromEntries(empty.map((n) => [n.getName(), named[n.getName()]]))
}

/**
 * Triangles and draw calls as a renderer sees them: every primitive of every mesh each node draws.
 * @param {Document} doc
 * @returns {{ triangles: number; drawCalls: number }}
 */
export function countGeometry(doc) {
  let triangles = 0
  let drawCalls = 0
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    for (const prim of mesh.listPrimitives()) {
      drawCalls++
      if (prim.getMode() !== 4) continue // TRIANGLES
      const indices = prim.getIndices()
      const count = indices ? indices.getCount() : (prim.getAttribute('POSITION')?.getCount() ?? 0)
      triangles += Math.floor(count / 3)
    }
  }
  return { triangles, drawCalls }
}

/**
 * Writes `doc` as a GLB whose images are files beside it, each named by its content (`<model>.<hash>.ktx2`): the room's
 * geometry is all the first frame needs, and the app brings the textures in once the room is drawn (each a flat colour
 * till then: the average colour noted on it). A content-named texture never changes under a published model, so a
 * cache keeps it for good and a republished model that shares it needs no new copy.
 * @param {string} output
 * @param {Document} doc
 * @returns {Promise<string[]>} the paths of the texture files written beside `output`
 */
async function writeModel(output, doc) {
  const io = await modelIO()
  const stem = basename(output).replace(/\.glb$/i, '')
  const textures = doc
    .getRoot()
    .listTextures()
    .flatMap((t) => {
      const image = t.getImage()
      return image ? [{ t, image }] : []
    })
  if (!textures.length) {
    await io.write(output, doc)
    return []
  }
  for (const { t, image } of textures) {
    const hash = createHash('sha256').update(image).digest('hex').slice(0, 10)
    t.setURI(`${stem}.${hash}.${ImageUtils.mimeTypeToExtension(t.getMimeType())}`)
  }
  const { json, resources } = await io.writeJSON(doc, { format: Format.GLTF, basename: stem })
  // the one buffer with data becomes the GLB's own; meshopt's fallback buffer has none
  const stored = (json.buffers ?? []).filter((b) => b.uri)
  if (stored.length > 1) throw new PipelineError(output, 'would need more than one buffer, which a GLB cannot hold')
  const bin = stored.length ? resources[/** @type {string} */ (stored[0].uri)] : new Uint8Array(0)
  if (stored.length) delete stored[0].uri
  const written = []
  for (const image of json.images ?? []) {
    const uri = /** @type {string} */ (image.uri)
    const file = joinPath(dirname(output), uri)
    await writeFile(file, resources[uri])
    written.push(file)
  }
  await writeFile(output, toGlb(json, bin))
  return written
}

/**
 * Size, triangles, draw calls, GPU texture memory and anchors of a model file, counted from the file itself; its bytes
 * are the GLB's and those of the textures it names beside it, all of which a visitor downloads.
 * @param {string} file
 * @returns {Promise<ModelStats>}
 */
export async function modelStats(file) {
  const doc = await readModel(file)
  const { size } = await stat(file)
  let bytes = size
  for (const name of filesBeside(await readFile(file))) bytes += (await stat(joinPath(dirname(file), name))).size
  return { bytes, ...countGeometry(doc), textureBytes: textureMemory(doc), nodes: namedNodes(doc) }
}

/** Triangles the simplifier aims for when a model is over budget: a margin under the budget's 100,000. */
const TRIANGLE_TARGET = Math.round(MODEL_BUDGET.triangles * 0.8)
/** Ever larger errors (fractions of each mesh's size) the simplifier may use to get there: 0.2 % up to 5 %. */
const SCAN_ERRORS = [0.002, 0.01, 0.05]

/**
 * Optimises a model for the web: merge duplicates, flatten the node tree and join meshes that share a material
 * (fewer draw calls), weld vertices, simplify within a small error — and, for a scan over the triangle budget, with
 * ever larger errors until it fits — drop what is unused (keeping empty named nodes: they are anchors), textures
 * resized to the GPU memory budget and encoded as KTX2, geometry compressed with meshopt (decoded in the app by a
 * decoder served from the site). Draco-compressed input is decoded; the output is meshopt.
 * @param {string} input
 * @param {string} output
 * @param {{ light?: LightDescription }} [options]
 * @returns {Promise<OptimisedModel>}
 */
export async function optimizeModel(input, output, { light } = {}) {
  const doc = await readModel(input)
  const anchorsBefore = anchors(doc)
  const before = { ...countGeometry(doc), textureBytes: textureMemory(doc) }
  for (const ext of doc.getRoot().listExtensionsUsed())
    if (ext.extensionName === 'KHR_draco_mesh_compression') ext.dispose()
  // a model with its light already in it keeps its vertices: the light varies over them where the surface does not
  const ownLit = ownLight(doc)
  await doc.transform(
    dedup(),
    // meshes that share a material become one draw call; no clean-up yet, which would drop the empty anchors
    flatten({ cleanup: false }),
    join({ keepNamed: false, cleanup: false }),
    weld(),
    ...(ownLit ? [] : [simplify({ simplifier: MeshoptSimplifier, ratio: 0.5, error: 0.0005 })]),
  )
  for (const error of SCAN_ERRORS) {
    const now = countGeometry(doc).triangles
    if (now <= TRIANGLE_TARGET) break
    await doc.transform(simplify({ simplifier: MeshoptSimplifier, ratio: TRIANGLE_TARGET / now, error }))
  }
  // light is baked into the optimised geometry: the simplifier would fold the vertices the bake adds back into flat walls
  /** @type {OptimisedModel['bake']} */
  let bake = null
  if (light?.sources?.length) {
    bake = ownLit ? { kept: ownLit } : bakeLight(doc, light)
  }
  // the nodes whose meshes were joined into another are left empty: only the anchors stay
  for (const node of doc.getRoot().listNodes())
    if (!node.getMesh() && !node.listChildren().length && !(node.getName() in anchorsBefore)) node.dispose()
  await doc.transform(prune({ keepLeaves: true, keepAttributes: false }))
  const after = anchors(doc)
  const lost = Object.keys(anchorsBefore).filter((name) => !(name in after))
  const moved = Object.keys(anchorsBefore).filter(
    (n) => n in after && after[n].some((v, i) => v !== anchorsBefore[n][i]),
  )
  if (lost.length || moved.length)
    throw new PipelineError(input, `optimisation would lose or move the named nodes ${[...lost, ...moved].join(', ')}`)

  // Textures as large as the GPU memory budget allows, smaller where the file would be over its size budget.
  /** @type {string[]} */
  let textures = []
  /** @type {string[]} */
  let textureFiles = []
  for (const maxSide of [MAX_TEXTURE_SIZE, MAX_TEXTURE_SIZE / 2, MAX_TEXTURE_SIZE / 4]) {
    const attempt = cloneDocument(doc)
    textures = await compressTextures(attempt, { maxSide })
    await attempt.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
    textureFiles = await writeModel(output, attempt)
    if (!textures.length || (await modelStats(output)).bytes <= MODEL_BUDGET.bytes) break
  }
  return { ...(await modelStats(output)), input: before, textures, textureFiles, bake }
}
