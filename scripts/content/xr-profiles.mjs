// Controller and hand models for a headset session: the WebXR Input Profiles registry's models for the devices this
// site expects, compressed like a cell's model (meshopt geometry, smaller textures) and written beside the layouts
// the site serves under xr-profiles/, so that nothing is fetched from the registry's CDN.
import { Logger } from '@gltf-transform/core'
import { EXTTextureWebP } from '@gltf-transform/extensions'
import { dedup, meshopt, prune, simplify, weld } from '@gltf-transform/functions'
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { readFileSync } from 'node:fs'
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import { PipelineError } from './errors.mjs'
import { countGeometry, modelIO } from './model.mjs'
import { textureMemory } from './textures.mjs'
/** @import { Document } from '@gltf-transform/core' */

/**
 * What a served model costs.
 * @typedef {{ bytes: number; triangles: number; drawCalls: number; textureBytes: number }} XRModelStats
 */

/**
 * What the app needs of a registry profile (profile.json): each hand's model, and the nodes its buttons move.
 * @typedef {object} Profile
 * @property {Record<string, {
 *   assetPath?: string
 *   components?: Record<string, { visualResponses?: Record<string, Record<string, string | undefined>> }>
 * }>} [layouts]
 */

/**
 * The controllers whose own models are served: Quest 3 (Touch Plus), Quest 2 (Touch v3), and the registry's plain
 * generic controller, which every other controller gets. Pico, Vive and the rest fall back to it.
 */
export const XR_CONTROLLER_MODELS = ['meta-quest-touch-plus', 'oculus-touch-v3', 'generic-trigger']
/** The model every controller without one of its own gets. */
const XR_FALLBACK_CONTROLLER = 'generic-trigger'
/** Tracked hands: the registry's generic hand, skinned to the 25 joints of WebXR Hand Input. */
export const XR_HAND_MODEL = 'generic-hand'

/**
 * What one served model may cost: the file (a session's first seconds on a headset's Wi-Fi) and GPU texture memory
 * (mipmaps included; the session shares the headset with the cell's 16 MB). The registry's files are up to 1.4 MB,
 * with textures of up to 2048 px.
 */
export const XR_MODEL_BUDGET = { bytes: 192 * 1024, textureBytes: 2 * 1024 * 1024 }
/** Controllers are seen from a hand's length away: 512 px colours are sharp there, and 256 px for the rest. */
const TEXTURE_SIDE = { colour: 512, data: 256 }

const require = createRequire(import.meta.url)

/**
 * The registry package's profiles folder and version.
 * @returns {{ dir: string; version: string }}
 */
export function registry() {
  const pkg = require.resolve('@webxr-input-profiles/assets/package.json')
  return {
    dir: join(dirname(pkg), 'dist/profiles'),
    version: JSON.parse(readFileSync(pkg, 'utf8')).version,
  }
}

/**
 * The node names a profile's layouts animate (value, min and max nodes of each button) and the joints a hand is
 * skinned to: the optimiser must keep them, with their transforms.
 * @param {Profile} profile
 * @returns {Set<string>}
 */
export function animatedNodes(profile) {
  /** @type {Set<string>} */
  const names = new Set()
  for (const layout of Object.values(profile.layouts ?? {}))
    for (const component of Object.values(layout.components ?? {}))
      for (const response of Object.values(component.visualResponses ?? {}))
        for (const key of ['valueNodeName', 'minNodeName', 'maxNodeName']) {
          const name = response[key]
          if (name) names.add(name)
        }
  return names
}

/**
 * Local transforms of the named nodes, to check that optimisation moved none of them.
 * @param {Document} doc
 * @param {Set<string>} names
 * @returns {Record<string, string>}
 */
function transforms(doc, names) {
  /** @type {Record<string, string>} */
  const out = {}
  for (const node of doc.getRoot().listNodes())
    if (names.has(node.getName())) out[node.getName()] = [...node.getTranslation(), ...node.getRotation()].join(',')
  return out
}

/**
 * Textures as WebP (decoded by the browser itself, so a session needs no transcoder), colours at most `side.colour`
 * px, data (normals, roughness, occlusion) at most `side.data`.
 * @param {Document} doc
 * @param {{ colour: number; data: number }} sides
 */
async function webpTextures(doc, sides) {
  const colours = new Set(
    doc
      .getRoot()
      .listMaterials()
      .flatMap((m) => [m.getBaseColorTexture(), m.getEmissiveTexture()]),
  )
  for (const texture of doc.getRoot().listTextures()) {
    const image = texture.getImage()
    if (!image) continue
    const side = colours.has(texture) ? sides.colour : sides.data
    const webp = await sharp(image)
      .resize(side, side, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer()
    texture.setImage(new Uint8Array(webp)).setMimeType('image/webp')
    if (texture.getURI()) texture.setURI(texture.getURI().replace(/\.[^./]*$/, '.webp'))
  }
  if (doc.getRoot().listTextures().length) doc.createExtension(EXTTextureWebP).setRequired(true)
}

/**
 * Compresses one registry model: duplicates merged, unused data dropped (empty leaves kept: the min/max nodes of
 * buttons are empty), textures as WebP, geometry meshopt-compressed. A node a layout animates that holds a mesh gets
 * the mesh on a child, so that quantisation's corrective transform never lands on a node the app moves.
 * @param {string} input
 * @param {string} output
 * @param {Set<string>} animated the nodes a layout animates (`animatedNodes`)
 * @returns {Promise<XRModelStats>}
 */
export async function optimizeXRModel(input, output, animated) {
  const io = await modelIO()
  /** @type {Document} */
  let doc
  try {
    doc = (await io.read(input)).setLogger(new Logger(Logger.Verbosity.WARN))
  } catch (e) {
    throw new PipelineError(input, `is not a glTF model that can be read (${e instanceof Error ? e.message : e})`)
  }
  const keep = new Set(
    [
      ...animated,
      ...doc
        .getRoot()
        .listNodes()
        .map((n) => n.getName()),
    ].filter(Boolean),
  )
  const before = transforms(doc, keep)
  for (const node of doc.getRoot().listNodes()) {
    if (!animated.has(node.getName()) || !node.getMesh()) continue
    node.addChild(doc.createNode(`${node.getName()}_mesh`).setMesh(node.getMesh()))
    node.setMesh(null)
  }
  await doc.transform(
    dedup(),
    weld(),
    // an error of 0.05 % of the mesh's size, a twentieth of a millimetre on a controller; a skinned hand is kept whole
    ...(doc.getRoot().listSkins().length
      ? []
      : [simplify({ simplifier: MeshoptSimplifier, ratio: 0.5, error: 0.0005 })]),
    prune({ keepLeaves: true, keepAttributes: false }),
  )
  await webpTextures(doc, TEXTURE_SIDE)
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high' }))
  const after = transforms(doc, keep)
  const moved = [...animated].filter((name) => name in before && before[name] !== after[name])
  if (moved.length) throw new PipelineError(input, `optimisation would move the animated nodes ${moved.join(', ')}`)
  await mkdir(dirname(output), { recursive: true })
  await io.write(output, doc)
  return { bytes: (await stat(output)).size, ...countGeometry(doc), textureBytes: textureMemory(doc) }
}

/**
 * What a served model exceeds of XR_MODEL_BUDGET, one phrase each.
 * @param {XRModelStats} stats
 * @returns {string[]}
 */
function xrModelProblems(stats) {
  const problems = []
  if (stats.bytes > XR_MODEL_BUDGET.bytes)
    problems.push(`is ${Math.round(stats.bytes / 1024)} KB, over the ${XR_MODEL_BUDGET.bytes / 1024} KB budget`)
  if (stats.textureBytes > XR_MODEL_BUDGET.textureBytes)
    problems.push(`needs ${(stats.textureBytes / 1048576).toFixed(1)} MB of texture memory, over the 2 MB budget`)
  return problems
}

/**
 * Writes the models of XR_CONTROLLER_MODELS and XR_HAND_MODEL into `<root>/xr-profiles/<profile>/<hand>.glb`, with
 * `models.json`, the index the app chooses from (which profiles have which hands, the fallback, the hand model), and
 * the registry's licence. All or nothing: the models are written to a new folder, checked against the budget, and
 * only then put in place of the old ones.
 * @param {{ root?: string }} [options]
 */
export async function buildXRProfiles({ root = 'public' } = {}) {
  const { dir, version } = registry()
  const out = join(root, 'xr-profiles')
  const stage = `${out}.new`
  await rm(stage, { recursive: true, force: true })
  /**
   * @type {{ source: string; fallback: string; hand: string; controllers: Record<string, string[]>; hands: string[] }}
   */
  const index = {
    source: `@webxr-input-profiles/assets@${version}`,
    fallback: XR_FALLBACK_CONTROLLER,
    hand: XR_HAND_MODEL,
    controllers: {},
    hands: [],
  }
  /** @type {(XRModelStats & { file: string; from: number })[]} */
  const files = []
  try {
    for (const id of [...XR_CONTROLLER_MODELS, XR_HAND_MODEL]) {
      /** @type {Profile} */
      const profile = JSON.parse(await readFile(join(dir, id, 'profile.json'), 'utf8'))
      const animated = animatedNodes(profile)
      const hands = []
      for (const [handedness, layout] of Object.entries(
        /** @type {NonNullable<Profile['layouts']>} */ (profile.layouts),
      )) {
        if (!layout.assetPath) continue
        const file = `${id}/${layout.assetPath}`
        const input = join(dir, file)
        const { size } = await stat(input)
        const stats = await optimizeXRModel(input, join(stage, file), animated)
        const problems = xrModelProblems(stats)
        if (problems.length) throw new PipelineError(input, `once compressed ${problems.join(' and ')}`)
        files.push({ file, from: size, ...stats })
        hands.push(handedness)
      }
      if (id === XR_HAND_MODEL) index.hands = hands
      else index.controllers[id] = hands
    }
    await writeFile(join(stage, 'models.json'), `${JSON.stringify(index, null, 2)}\n`)
    await copyFile(join(dir, '..', '..', 'LICENSE.md'), join(stage, 'LICENSE.md'))
    await rm(out, { recursive: true, force: true })
    await rename(stage, out)
  } catch (e) {
    await rm(stage, { recursive: true, force: true })
    throw e
  }
  return { out, index, files }
}
