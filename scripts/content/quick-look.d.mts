export interface QuickLookStats {
  /** The file's size. */
  bytes: number
  /** What a visitor downloads: gzipped where deploy/ compresses USDZ, else the file's size. */
  wireBytes: number
  polygons: number
  textures: { name: string; width: number; height: number }[]
  /** Recordings inside the package, by their path in it. */
  audio: Record<string, Uint8Array>
  problems: string[]
}
export const QUICK_LOOK_BUDGET: { polygons: number; textureSize: number; bytes: number }
export const PHONE_TEXTURE_SIZE: number
export function writeQuickLook(options: {
  root: string
  cell: Record<string, unknown>
  /** resolves the site paths the cell names (default: the published files under root) */
  files?: { abs(sitePath: string): string; quickLook(id: string): string }
  /** where the package goes (default: models/<cell>.usdz under root) */
  out?: string
}): Promise<QuickLookStats>
export function quickLookStats(file: string): Promise<QuickLookStats>
export function quickLookBudgetProblems(stats: QuickLookStats): string[]
export function quickLookSizeProblem(stats: QuickLookStats): string | null
export function quickLookStaleness(options: {
  root: string
  cell: Record<string, unknown>
  stats: QuickLookStats
  files?: { abs(sitePath: string): string }
}): Promise<string[]>
