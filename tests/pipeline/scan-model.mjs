// A photogrammetry-sized test model, made on the spot (never committed): a 3 × 2.6 × 4 m room whose floor and walls
// are 64 scanned chunks of a bumpy, slightly noisy surface — 2,000,000 triangles — sharing one 8192 px colour texture,
// with three empty anchor nodes. Run `node tests/pipeline/scan-model.mjs <file.glb>` to write one by hand.
import { Document, NodeIO } from '@gltf-transform/core'
import sharp from 'sharp'
/** @import { Material, Primitive } from '@gltf-transform/core' */

/** @type {Record<string, [number, number, number]>} */
export const SCAN_ANCHORS = {
  'anchor-window': [0, 1.6, -1.9],
  'anchor-bunk': [-1, 0.6, 0],
  'anchor-door': [0.9, 1.2, 1.9],
}

/** Faces of the room: origin corner, two edge vectors, and how many chunks along each. */
const FACES = [
  { origin: [-1.5, 0, -2], u: [3, 0, 0], v: [0, 0, 4], chunks: [4, 4] }, // floor
  { origin: [-1.5, 0, -2], u: [3, 0, 0], v: [0, 2.6, 0], chunks: [3, 4] }, // back wall
  { origin: [-1.5, 0, 2], u: [3, 0, 0], v: [0, 2.6, 0], chunks: [3, 4] }, // front wall
  { origin: [-1.5, 0, -2], u: [0, 0, 4], v: [0, 2.6, 0], chunks: [3, 4] }, // left wall
  { origin: [1.5, 0, -2], u: [0, 0, 4], v: [0, 2.6, 0], chunks: [3, 4] }, // right wall
]

/**
 * A deterministic noise in [-1, 1].
 * @param {number} i
 */
function noise(i) {
  const x = Math.sin(i * 12.9898) * 43758.5453
  return (x - Math.floor(x)) * 2 - 1
}

/**
 * Writes the model. `quads` per chunk side: 125 gives 64 × 125² × 2 = 2,000,000 triangles; `textureSize` 8192.
 * Returns the triangle count and the texture's size.
 * @param {string} file
 * @param {{ quads?: number; textureSize?: number }} [options]
 * @returns {Promise<{ triangles: number; textureSize: number }>}
 */
export async function writeScanModel(file, { quads = 125, textureSize = 8192 } = {}) {
  const doc = new Document()
  const scene = doc.createScene('scan')
  const small = await sharp({
    create: {
      width: 256,
      height: 256,
      channels: 3,
      background: '#887766',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer()
  const jpeg = await sharp(small).resize(textureSize, textureSize, { kernel: 'cubic' }).jpeg({ quality: 85 }).toBuffer()
  const texture = doc.createTexture('scan-colour').setImage(new Uint8Array(jpeg)).setMimeType('image/jpeg')
  const material = doc.createMaterial('scan').setBaseColorTexture(texture).setRoughnessFactor(0.9)

  const side = quads + 1
  const chunkCount = FACES.reduce((n, f) => n + f.chunks[0] * f.chunks[1], 0)
  const atlas = Math.ceil(Math.sqrt(chunkCount))
  let chunk = 0
  let triangles = 0
  for (const face of FACES) {
    const normal = cross(face.u, face.v)
    for (let cu = 0; cu < face.chunks[0]; cu++)
      for (let cv = 0; cv < face.chunks[1]; cv++) {
        const positions = new Float32Array(side * side * 3)
        const uvs = new Float32Array(side * side * 2)
        const tile = [(chunk % atlas) / atlas, Math.floor(chunk / atlas) / atlas]
        for (let j = 0; j < side; j++)
          for (let i = 0; i < side; i++) {
            const s = (cu + i / quads) / face.chunks[0]
            const t = (cv + j / quads) / face.chunks[1]
            // a few centimetres of plaster bumps and 2 mm of scanner noise
            const bump = 0.02 * Math.sin(s * 9) * Math.cos(t * 7) + 0.002 * noise(chunk * side * side + j * side + i)
            const k = j * side + i
            for (let a = 0; a < 3; a++)
              positions[k * 3 + a] = face.origin[a] + face.u[a] * s + face.v[a] * t + normal[a] * bump
            uvs[k * 2] = tile[0] + i / quads / atlas
            uvs[k * 2 + 1] = tile[1] + j / quads / atlas
          }
        const indices = new Uint32Array(quads * quads * 6)
        let n = 0
        for (let j = 0; j < quads; j++)
          for (let i = 0; i < quads; i++) {
            const a = j * side + i
            indices.set([a, a + 1, a + side, a + 1, a + side + 1, a + side], n)
            n += 6
          }
        triangles += indices.length / 3
        const prim = texturedPrimitive(doc, { positions, uvs, indices }, material)
        scene.addChild(doc.createNode(`chunk-${chunk}`).setMesh(doc.createMesh(`chunk-${chunk}`).addPrimitive(prim)))
        chunk++
      }
  }
  for (const [name, at] of Object.entries(SCAN_ANCHORS)) scene.addChild(doc.createNode(name).setTranslation(at))
  await new NodeIO().write(file, doc)
  return { triangles, textureSize }
}

/**
 * A triangle list with texture coordinates, in the document's one buffer.
 * @param {Document} doc
 * @param {{ positions: Float32Array; uvs: Float32Array; indices: Uint16Array | Uint32Array }} arrays
 * @param {Material} material
 * @returns {Primitive}
 */
export function texturedPrimitive(doc, { positions, uvs, indices }, material) {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer()
  /**
   * @param {'VEC3' | 'VEC2' | 'SCALAR'} type
   * @param {Float32Array | Uint16Array | Uint32Array} array
   */
  const accessor = (type, array) => doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  return doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', positions))
    .setAttribute('TEXCOORD_0', accessor('VEC2', uvs))
    .setIndices(accessor('SCALAR', indices))
    .setMaterial(material)
}

/**
 * @param {number[]} a
 * @param {number[]} b
 */
function cross(a, b) {
  const c = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
  const length = Math.hypot(...c)
  return c.map((x) => x / length)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'scan.glb'
  console.log(out, await writeScanModel(out))
}
