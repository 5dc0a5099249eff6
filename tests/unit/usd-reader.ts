// Reads a USDZ back with readers this project did not write: three.js's USD loader (the scene as a renderer
// builds it) and its USDA parser (every prim and property by path), and fflate for the archive's contents.
import { readFileSync } from 'node:fs'
import { Box3, ImageLoader, Vector3, type Group, type Mesh, type Object3D } from 'three'
import { unzipSync } from 'three/addons/libs/fflate.module.js'
import { USDLoader } from 'three/addons/loaders/USDLoader.js'
import { USDAParser } from 'three/addons/loaders/usd/USDAParser.js'

interface Spec {
  specType: number
  fields: { typeName?: string; default?: unknown; targetPaths?: string[] }
}

export interface OpenedUsdz {
  /** The files in the archive, in order, by name. */
  files: Record<string, Uint8Array>
  /** The root layer's text. */
  usda: string
  /** The scene as three.js builds it from the package. */
  scene: Group
  /** Every prim and property of the root layer, by path (`/Root/A`, `/Root/A.attr`). */
  specs: Record<string, Spec>
  /** The images three.js asked for: `blob:` for a file it found in the package, a bare name for one it did not. */
  images: string[]
}

export function openUsdz(file: string): OpenedUsdz {
  const bytes = readFileSync(file)
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const files = unzipSync(new Uint8Array(buffer))
  const first = Object.keys(files)[0] ?? ''
  const usda = new TextDecoder().decode(files[first])
  const { scene, images } = parseWithoutDom(buffer)
  scene.updateMatrixWorld(true)
  const { specsByPath } = new USDAParser().parseData(usda) as { specsByPath: Record<string, Spec> }
  return { files, usda, scene, specs: specsByPath, images }
}

/**
 * three.js decodes a texture's image through the DOM, which Node lacks: while it parses, a texture it finds in the
 * package gets a blank 1 × 1 image instead (the tests read the images themselves with sharp).
 */
function parseWithoutDom(buffer: ArrayBuffer): { scene: Group; images: string[] } {
  const load = ImageLoader.prototype.load
  const images: string[] = []
  ImageLoader.prototype.load = function (url, onLoad) {
    images.push(url)
    const blank = { width: 1, height: 1 } as HTMLImageElement
    onLoad?.(blank)
    return blank
  }
  try {
    return { scene: new USDLoader().parse(buffer), images }
  } finally {
    ImageLoader.prototype.load = load
  }
}

/** The prim type of a path (`Mesh`, `Preliminary_Behavior`…), or undefined where there is no such prim. */
export const primType = (u: OpenedUsdz, path: string) =>
  u.specs[path]?.specType === 6 ? (u.specs[path].fields.typeName ?? '') : undefined

/** An attribute's value as authored (tokens and asset paths as plain strings). */
export const attribute = (u: OpenedUsdz, path: string) => u.specs[path]?.fields.default

/** A relationship's targets (the parser keeps a `[<a>, <b>]` list as one string; it is split here). */
export function relTargets(u: OpenedUsdz, path: string): string[] {
  return (u.specs[path]?.fields.targetPaths ?? []).flatMap((t) =>
    t
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
}

/** The object of a given type and name in the scene three.js built. */
export function named(scene: Object3D, name: string, type: 'Mesh' | 'Object3D' = 'Object3D'): Object3D | undefined {
  let found: Object3D | undefined
  scene.traverse((o) => {
    if (!found && o.name === name && (type === 'Mesh' ? (o as Mesh).isMesh : !(o as Mesh).isMesh)) found = o
  })
  return found
}

export const worldPosition = (o: Object3D) => o.getWorldPosition(new Vector3()).toArray()

/** Triangles three.js would draw, and the box around everything under `o`. */
export function geometryOf(o: Object3D): { triangles: number; box: Box3 } {
  let triangles = 0
  o.traverse((m) => {
    const mesh = m as Mesh
    if (mesh.isMesh) triangles += (mesh.geometry.index?.count ?? mesh.geometry.attributes.position.count) / 3
  })
  return { triangles, box: new Box3().setFromObject(o) }
}
