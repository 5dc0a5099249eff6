import type { QuickLookStats } from './quick-look.mjs'

export interface ModelStats {
  bytes: number
  triangles: number
  drawCalls: number
  nodes: Record<string, [number, number, number]>
}
export const SPEECH_BYTES_PER_MINUTE: number
export function addTestimony(options: {
  root?: string
  cell: string
  meta: string | Record<string, unknown>
  audio: string
  captions?: Record<string, string>
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
}): Promise<{ stats: ModelStats; budget: string[]; quickLook: QuickLookStats; quickLookBudget: string[] }>
export function quickLook(options: {
  root?: string
  cell: string
}): Promise<{ file: string; stats: QuickLookStats; budget: string[] }>
export function check(options?: { root?: string }): Promise<string[]>
export function report(options?: { root?: string }): Promise<Record<string, string>[]>
