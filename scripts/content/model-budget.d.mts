export const MODEL_BUDGET: { bytes: number; triangles: number; drawCalls: number; textureBytes: number }
export function budgetProblems(stats: {
  bytes: number
  triangles: number
  drawCalls: number
  textureBytes?: number
}): string[]
