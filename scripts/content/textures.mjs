// Textures for the GPU: resized so a cell's texture memory keeps to its budget, then encoded as KTX2 (Basis
// Universal, which the app transcodes to the format each GPU reads: ETC2 on phones and headsets, BC on desktops), or
// WebP where KTX2 cannot be used. KTX2 textures that come in are kept as they are.
/** @import { Texture } from '@gltf-transform/core' */
import { Document, ImageUtils } from '@gltf-transform/core'
import { EXTTextureWebP, KHRTextureBasisu } from '@gltf-transform/extensions'
import { NodeBasisEncoder } from 'ktx2-encoder'
import sharp from 'sharp'
import { MODEL_BUDGET } from './model-budget.mjs'

/** The largest texture side a cell gets: 2048 px is sharp at room scale on a phone or headset. */
export const MAX_TEXTURE_SIZE = 2048
const SMALLEST = 256
const ENCODABLE = new Set(['image/png', 'image/jpeg', 'image/webp'])
/** Slots whose texels are colours (sRGB); every other slot holds data (normals, roughness) and stays linear. */
const COLOUR_SLOTS = new Set(['baseColorTexture', 'emissiveTexture', 'diffuseTexture', 'specularGlossinessTexture'])

/** @type {Promise<NodeBasisEncoder> | null} */
let encoderPromise = null
/**
 * The Basis Universal encoder (WebAssembly). It prints progress through the console.log it finds when it loads.
 * @returns {Promise<NodeBasisEncoder>}
 */
function basisEncoder() {
  encoderPromise ??= (async () => {
    const encoder = new NodeBasisEncoder()
    const log = console.log
    console.log = () => undefined
    try {
      await encoder.init()
    } finally {
      console.log = log
    }
    return encoder
  })()
  return encoderPromise
}

/**
 * GPU memory (bytes, mipmaps included) of every texture, as the app uploads it. A KTX2 texture counts as the largest
 * format the transcoder may pick for it (ASTC 4×4, BC7, BC3 or ETC2 with alpha: one byte a texel, in 4×4 blocks;
 * some GPUs get ETC1 or BC1, half that); any other image as RGBA, four bytes a texel.
 * @param {Document} doc
 * @returns {number}
 */
export function textureMemory(doc) {
  let bytes = 0
  for (const texture of doc.getRoot().listTextures()) {
    const image = texture.getImage()
    if (!image) continue
    if (texture.getMimeType() !== 'image/ktx2') {
      bytes += ImageUtils.getVRAMByteLength(image, texture.getMimeType()) ?? 0
      continue
    }
    let [width, height] = ImageUtils.getSize(image, 'image/ktx2') ?? [0, 0]
    for (;;) {
      bytes += Math.ceil(width / 4) * Math.ceil(height / 4) * 16
      if (width <= 1 && height <= 1) break
      ;[width, height] = [Math.max(1, width >> 1), Math.max(1, height >> 1)]
    }
  }
  return bytes
}

/**
 * The material slots a texture is used in (baseColorTexture, normalTexture, …).
 * @param {Texture} texture
 * @returns {Set<string>}
 */
function slotsOf(texture) {
  const root = /** @type {Document} */ (Document.fromGraph(texture.getGraph())).getRoot()
  return new Set(
    texture
      .getGraph()
      .listParentEdges(texture)
      .filter((edge) => edge.getParent() !== root)
      .map((edge) => edge.getName()),
  )
}

/**
 * Expected GPU bytes of a texture of `side`-limited size once encoded as KTX2: a byte a texel, with mipmaps.
 * @param {{ width: number; height: number }} size
 * @param {number} side
 */
function expectedBytes({ width, height }, side) {
  const scale = Math.min(1, side / Math.max(width, height))
  return Math.ceil((Math.round(width * scale) * Math.round(height * scale) * 4) / 3)
}

/**
 * Resizes and encodes the model's PNG, JPEG and WebP textures as KTX2, choosing the largest size (at most `maxSide`,
 * halving) at which all the textures together keep to the GPU memory budget. Returns what it did, per texture.
 * @param {Document} doc
 * @param {{ budget?: number; maxSide?: number }} [options]
 * @returns {Promise<string[]>}
 */
export async function compressTextures(doc, { budget = MODEL_BUDGET.textureBytes, maxSide = MAX_TEXTURE_SIZE } = {}) {
  const textures = doc
    .getRoot()
    .listTextures()
    .flatMap((texture) => {
      const image = texture.getImage()
      return ENCODABLE.has(texture.getMimeType()) && image ? [{ texture, image }] : []
    })
  const kept =
    textureMemory(doc) -
    textures.reduce((n, { texture, image }) => n + (ImageUtils.getVRAMByteLength(image, texture.getMimeType()) ?? 0), 0)
  const plans = []
  for (const { texture, image } of textures) {
    const { width = 1, height = 1 } = await sharp(image).metadata()
    // whether any texel is transparent, judged on a small copy (an 8192 px image takes seconds to scan)
    const { isOpaque, channels } = await sharp(image).resize(512, 512, { fit: 'inside' }).stats()
    const slots = slotsOf(texture)
    // its average colour, for the AR Quick Look copy, which cannot carry KTX2 (quick-look.mjs)
    const average = `#${channels
      .slice(0, 3)
      .map((c) => Math.round(c.mean).toString(16).padStart(2, '0'))
      .join('')}`
    plans.push({ texture, image, width, height, opaque: isOpaque, normal: slots.has('normalTexture'), slots, average })
  }
  let side = maxSide
  while (side > SMALLEST && kept + plans.reduce((n, p) => n + expectedBytes(p, side), 0) > budget) side /= 2

  const report = []
  for (const plan of plans) {
    const { texture } = plan
    const colour = [...plan.slots].some((s) => COLOUR_SLOTS.has(s))
    const resized = sharp(plan.image).resize(side, side, { fit: 'inside', withoutEnlargement: true })
    const { data, info } = await resized.ensureAlpha().raw().toBuffer({ resolveWithObject: true })
    const raw = {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    }
    const from = `${plan.width}×${plan.height} ${texture.getMimeType().slice(6)}`
    try {
      const encoder = await basisEncoder()
      const ktx2 = await encoder.encode(new Uint8Array(0), {
        // ETC1S for every texture, normal maps too (encoded as normal maps: linear, no perceptual weighting). UASTC
        // keeps a normal map's fine slopes, but at about ten times the bytes (a 512 px plaster normal map: 289 KB
        // against 25–40 KB) and with a Zstandard decoder on the way to the cell's first frame; on a phone on mobile
        // data that is seconds, for bumps hardly seen in a dim cell.
        isUASTC: false,
        isNormalMap: plan.normal,
        // effort 0 of 6: the encoder runs on one core, and higher efforts take two to four times as long for files
        // no smaller (2048 px: about 15 s)
        qualityLevel: 128,
        compressionLevel: 0,
        generateMipmap: true,
        needSupercompression: true,
        isPerceptual: colour,
        isSetKTX2SRGBTransferFunc: colour,
        imageDecoder: async () => raw,
      })
      texture.setImage(ktx2).setMimeType('image/ktx2')
      if (colour) texture.setExtras({ ...texture.getExtras(), averageColor: plan.average })
      if (texture.getURI()) texture.setURI(texture.getURI().replace(/\.[^./]*$/, '.ktx2'))
      report.push(`${texture.getName() || texture.getURI() || 'texture'}: ${from} → ${info.width}×${info.height} KTX2`)
    } catch (e) {
      // WebP where KTX2 cannot be used: say why, keep the size
      const webp = await sharp(texture.getImage() ?? plan.image)
        .resize(side, side, { fit: 'inside', withoutEnlargement: true })
        .webp()
        .toBuffer()
      texture.setImage(new Uint8Array(webp)).setMimeType('image/webp')
      const why = e instanceof Error ? e.message : String(e)
      report.push(
        `${texture.getName() || 'texture'}: ${from} → ${info.width}×${info.height} WebP (KTX2 failed: ${why})`,
      )
    }
  }
  const types = new Set(
    doc
      .getRoot()
      .listTextures()
      .map((t) => t.getMimeType()),
  )
  if (types.has('image/ktx2')) doc.createExtension(KHRTextureBasisu).setRequired(true)
  if (types.has('image/webp')) doc.createExtension(EXTTextureWebP).setRequired(true)
  return report
}
