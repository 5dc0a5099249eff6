import type { CellBuilder } from './cell-builder.mjs'
export function writeGlb(
  cell: CellBuilder,
  file: string,
  options: { generator: string },
): Promise<{ bytes: number; triangles: number; primitives: number }>
