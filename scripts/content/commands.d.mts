import type { BakeReport } from './bake.mjs'
import type { QuickLookStats } from './quick-look.mjs'

export interface ModelStats {
  bytes: number
  triangles: number
  drawCalls: number
  /** GPU memory of the textures, mipmaps included, as the app's transcoder uploads them */
  textureBytes: number
  nodes: Record<string, [number, number, number]>
}
export interface OptimisedModel extends ModelStats {
  /** the model as it came in */
  input: { triangles: number; drawCalls: number; textureBytes: number }
  /** what happened to each texture, e.g. "wall: 8192×8192 jpeg → 2048×2048 KTX2" */
  textures: string[]
  /** the texture files written beside the GLB (content-named), to be published with it */
  textureFiles: string[]
  /** the light baked into it (with the time it took), or why the model's own light was kept; null: none described */
  bake: BakeReport | { kept: string } | null
}
export function addTestimony(options: {
  root?: string
  cell: string
  meta: string | Record<string, unknown>
  audio: string
  captions?: Record<string, string>
  /** languages to publish without captions, by choice */
  noCaptions?: string[]
}): Promise<{
  entry: Record<string, unknown> & {
    duration: number
    audio: { opus: string; aac: string }
    captions: Record<string, string>
  }
  source: { duration: number; channels: number; sampleRate: number }
  quickLook: QuickLookStats
}>
export function addCell(options: {
  root?: string
  meta: string | Record<string, unknown>
  model: string
  ambient?: string
}): Promise<{ stats: OptimisedModel; budget: string[]; quickLook: QuickLookStats; quickLookBudget: string[] }>
export function quickLook(options: {
  root?: string
  cell: string
}): Promise<{ file: string; stats: QuickLookStats; budget: string[] }>
export function check(options?: { root?: string }): Promise<string[]>
export function review(options?: { root?: string }): Promise<{ problems: string[]; warnings: string[] }>
export function report(options?: { root?: string }): Promise<Record<string, string>[]>
export function placeMarkers(options: {
  root?: string
  cell: string
  positions?: Record<string, [number, number, number]>
  start?: { position: [number, number, number]; yaw: number }
}): Promise<void>
