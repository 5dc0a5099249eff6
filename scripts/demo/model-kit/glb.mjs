// Writes a CellBuilder's parts and anchors as a glTF-binary file: one mesh and one material per part.
import { Document, NodeIO } from '@gltf-transform/core'
import { writeFile } from 'node:fs/promises'
import { makeTexture } from './textures.mjs'
import { add, cross, dot, normalize, sub } from './vector.mjs'
/** @import { Texture } from '@gltf-transform/core' */
/** @import { CellBuilder, Part } from './cell-builder.mjs' */

/**
 * Writes `cell` to `file`; the scene's root node is named after the cell. `generator` names the program in the
 * file's asset block. Returns its size, triangle and primitive (draw-call) counts, and the anchors.
 * @param {CellBuilder} cell
 * @param {string} file
 * @param {{ generator: string }} options
 */
export async function writeGlb(cell, file, { generator }) {
  const doc = new Document()
  doc.getRoot().getAsset().generator = generator
  const buffer = doc.createBuffer()
  const scene = doc.createScene() // unnamed: three.js would rename a root node that shares the scene's name
  const root = doc.createNode(cell.id)
  scene.addChild(root)
  let triangles = 0
  let primitives = 0
  /** @type {Record<string, Awaited<ReturnType<typeof makeTexture>>>} */
  const textures = {}
  /** @type {Record<string, { color: Texture; normal: Texture | null }>} */
  const images = {}
  // a cell may carry a texture seed of its own; the demo's cells take the default
  const seed = /** @type {{ seed?: number }} */ (cell).seed ?? 1
  for (const [name, p] of cell.parts) {
    if (p.indices.length === 0) continue
    checkWinding(name, p)
    const { color, roughness = 0.9, metallic = 0, emissive } = p.spec
    const material = doc
      .createMaterial(name)
      .setBaseColorFactor([...srgbToLinear(color ?? '#ffffff'), 1])
      .setRoughnessFactor(roughness)
      .setMetallicFactor(metallic)
    if (emissive) material.setEmissiveFactor(srgbToLinear(emissive))
    if (p.spec.texture) {
      const made = (textures[p.spec.texture] ??= await makeTexture(p.spec.texture, seed))
      const tex = (images[p.spec.texture] ??= {
        color: doc.createTexture(p.spec.texture).setImage(made.color).setMimeType('image/png'),
        normal:
          made.normal && doc.createTexture(`${p.spec.texture}-normal`).setImage(made.normal).setMimeType('image/png'),
      })
      // the texture carries the colour; `tint` (sRGB) darkens or shifts it for this material
      material.setBaseColorFactor([...srgbToLinear(p.spec.tint ?? '#ffffff'), 1]).setBaseColorTexture(tex.color)
      if (tex.normal) material.setNormalTexture(tex.normal)
      for (const info of [material.getBaseColorTextureInfo(), material.getNormalTextureInfo()])
        info?.setWrapS(10497).setWrapT(10497) // REPEAT: the textures tile
    }
    const vertexCount = p.positions.length / 3
    const position = doc
      .createAccessor(`${name}-position`)
      .setType('VEC3')
      .setArray(new Float32Array(p.positions))
      .setBuffer(buffer)
    const normal = doc
      .createAccessor(`${name}-normal`)
      .setType('VEC3')
      .setArray(new Float32Array(p.normals.map((v) => Math.round(v * 1e6) / 1e6)))
      .setBuffer(buffer)
    const indices = doc
      .createAccessor(`${name}-indices`)
      .setType('SCALAR')
      .setArray(vertexCount < 65536 ? new Uint16Array(p.indices) : new Uint32Array(p.indices))
      .setBuffer(buffer)
    const prim = doc.createPrimitive().setAttribute('POSITION', position).setAttribute('NORMAL', normal)
    if (p.spec.texture)
      prim.setAttribute(
        'TEXCOORD_0',
        doc.createAccessor(`${name}-uv`).setType('VEC2').setArray(new Float32Array(p.uvs)).setBuffer(buffer),
      )
    prim.setIndices(indices).setMaterial(material)
    const mesh = doc.createMesh(name).addPrimitive(prim)
    root.addChild(doc.createNode(name).setMesh(mesh))
    triangles += p.indices.length / 3
    primitives += 1
  }
  for (const a of cell.anchors)
    root.addChild(doc.createNode(a.name).setTranslation(/** @type {[number, number, number]} */ (a.position)))
  const glb = await new NodeIO().writeBinary(doc)
  await writeFile(file, glb)
  return { bytes: glb.byteLength, triangles, primitives, anchors: cell.anchors }
}

/**
 * '#rrggbb' (sRGB, as a designer picks it) -> linear [r, g, b] (as glTF factors are).
 * @param {string} hex
 * @returns {[number, number, number]}
 */
function srgbToLinear(hex) {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  return /** @type {[number, number, number]} */ (
    v.map((c) => Math.round((c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4) * 1e4) / 1e4)
  )
}

/**
 * Every triangle's geometric normal must agree with its vertex normals (CCW seen from outside).
 * @param {string} name
 * @param {Part} p
 */
function checkWinding(name, p) {
  const P = p.positions
  const N = p.normals
  for (let t = 0; t < p.indices.length; t += 3) {
    const [a, b, c] = [p.indices[t], p.indices[t + 1], p.indices[t + 2]].map((i) => [
      [P[i * 3], P[i * 3 + 1], P[i * 3 + 2]],
      [N[i * 3], N[i * 3 + 1], N[i * 3 + 2]],
    ])
    const face = cross(sub(b[0], a[0]), sub(c[0], a[0]))
    const n = add(add(a[1], b[1]), c[1])
    if (Math.hypot(...face) < 1e-12) throw new Error(`${name}: degenerate triangle ${t / 3}`)
    if (dot(normalize(face), normalize(n)) <= 0) throw new Error(`${name}: triangle ${t / 3} is wound clockwise`)
  }
}
