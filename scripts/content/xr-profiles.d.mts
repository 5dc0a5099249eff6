export const XR_CONTROLLER_MODELS: string[]
export const XR_HAND_MODEL: string
export const XR_MODEL_BUDGET: { bytes: number; textureBytes: number }
export interface XRModelStats {
  bytes: number
  triangles: number
  drawCalls: number
  textureBytes: number
}
export function registry(): { dir: string; version: string }
export function optimizeXRModel(input: string, output: string, animated: Set<string>): Promise<XRModelStats>
export function buildXRProfiles(options?: { root?: string }): Promise<{
  out: string
  index: {
    source: string
    fallback: string
    hand: string
    controllers: Record<string, string[]>
    hands: string[]
  }
  files: (XRModelStats & { file: string; from: number })[]
}>
export function animatedNodes(profile: unknown): Set<string>
