// Cell models: optimise a glTF/GLB with glTF-Transform, keep the named nodes markers anchor to, count what the
// budget (model-budget.mjs) limits.
import { Logger, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, meshopt, prune, simplify, textureCompress, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { stat } from 'node:fs/promises'
import sharp from 'sharp'
import { PipelineError } from './errors.mjs'

let ioPromise = null
export function modelIO() {
  ioPromise ??= Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready]).then(() =>
    new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder }),
  )
  return ioPromise
}

/** A glTF or GLB as a glTF-Transform document, meshopt-compressed or not; a file that is not one is named. */
export async function readModel(file) {
  const io = await modelIO()
  try {
    // Quiet: the tool prints its own summary.
    return (await io.read(file)).setLogger(new Logger(Logger.Verbosity.WARN))
  } catch (e) {
    throw new PipelineError(file, `is not a glTF model that can be read (${e instanceof Error ? e.message : e})`)
  }
}

/** Named nodes and their world positions: the spots testimonies anchor to. */
export function namedNodes(doc) {
  const out = {}
  for (const node of doc.getRoot().listNodes()) {
    const name = node.getName()
    if (name) out[name] = node.getWorldTranslation().map((v) => Math.round(v * 1000) / 1000)
  }
  return out
}

/** Triangles and draw calls as a renderer sees them: every primitive of every mesh each node draws. */
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

/** Size, triangles, draw calls and anchors of a model file, counted from the file itself. */
export async function modelStats(file) {
  const doc = await readModel(file)
  const { size } = await stat(file)
  return { bytes: size, ...countGeometry(doc), nodes: namedNodes(doc) }
}

/**
 * Optimises a model for the web: merge duplicates, weld vertices, simplify within a small error, drop what is
 * unused (keeping empty named nodes: they are anchors), textures resized to at most 2048 px and converted to WebP,
 * geometry compressed with meshopt (decoded in the app by a decoder served from the site).
 */
export async function optimizeModel(input, output) {
  const doc = await readModel(input)
  const anchorsBefore = Object.keys(namedNodes(doc))
  await doc.transform(
    dedup(),
    weld(),
    simplify({ simplifier: MeshoptSimplifier, ratio: 0.5, error: 0.0005 }),
    prune({ keepLeaves: true, keepAttributes: false }),
    textureCompress({ encoder: sharp, targetFormat: 'webp', resize: [2048, 2048] }),
    meshopt({ encoder: MeshoptEncoder, level: 'medium' }),
  )
  const lost = anchorsBefore.filter((name) => !(name in namedNodes(doc)))
  if (lost.length) throw new PipelineError(input, `optimisation would lose the named nodes ${lost.join(', ')}`)
  const io = await modelIO()
  await io.write(output, doc)
  return modelStats(output)
}
