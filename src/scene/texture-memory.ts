import type { Object3D, Texture } from 'three'
import { forEachMaterial, forEachTexture } from './materials'

/** Bytes one texture takes on the GPU: compressed levels as uploaded; an image as RGBA8, with mipmaps where made. */
function textureBytes(texture: Texture): number {
  const compressed = texture as Texture & { isCompressedTexture?: boolean; mipmaps: { data: ArrayBufferView }[] }
  if (compressed.isCompressedTexture) return compressed.mipmaps.reduce((n, level) => n + level.data.byteLength, 0)
  const image = texture.image as { width?: number; height?: number } | null
  const base = (image?.width ?? 0) * (image?.height ?? 0) * 4
  return texture.generateMipmaps ? Math.round((base * 4) / 3) : base
}

/** GPU memory of every texture the meshes under `root` use, each counted once. */
export function sceneTextureBytes(root: Object3D): number {
  const seen = new Set<Texture>()
  forEachMaterial(root, (material) => forEachTexture(material, (texture) => seen.add(texture)))
  let bytes = 0
  for (const texture of seen) bytes += textureBytes(texture)
  return bytes
}
