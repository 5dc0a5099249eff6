import type { Document } from '@gltf-transform/core'

export interface QuickLookStats {
  bytes: number
  polygons: number
  textures: { name: string; width: number; height: number }[]
  /** Recordings inside the package, by their path in it. */
  audio: Record<string, Uint8Array>
  problems: string[]
}
export const QUICK_LOOK_BUDGET: { polygons: number; textureSize: number }
export function writeQuickLook(options: { root: string; cell: Record<string, unknown> }): Promise<QuickLookStats>
export function cellLayer(
  doc: Document,
  options: {
    cellId: string
    sounds: { id: string; position: number[]; audio: string }[]
    textures: Map<unknown, { path: string }>
  },
): string
export function quickLookStats(file: string): Promise<QuickLookStats>
export function quickLookBudgetProblems(stats: QuickLookStats): string[]
export function quickLookStaleness(options: {
  root: string
  cell: Record<string, unknown>
  stats: QuickLookStats
}): Promise<string[]>
