import type { ModelStats } from './commands.mjs'
export function modelStats(file: string): Promise<ModelStats>
export const MODEL_BUDGET: { bytes: number; triangles: number; drawCalls: number }
