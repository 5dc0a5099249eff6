import type { Document, Material, Primitive } from '@gltf-transform/core'
export const SCAN_ANCHORS: Record<string, [number, number, number]>
export function writeScanModel(
  file: string,
  options?: { quads?: number; textureSize?: number },
): Promise<{ triangles: number; textureSize: number }>
export function texturedPrimitive(
  doc: Document,
  arrays: { positions: Float32Array; uvs: Float32Array; indices: Uint16Array | Uint32Array },
  material: Material,
): Primitive
