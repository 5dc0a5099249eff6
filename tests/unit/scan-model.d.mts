export const SCAN_ANCHORS: Record<string, [number, number, number]>
export function writeScanModel(
  file: string,
  options?: { quads?: number; textureSize?: number },
): Promise<{ triangles: number; textureSize: number }>
