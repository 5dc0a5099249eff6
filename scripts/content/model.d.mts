import type { ModelStats } from './commands.mjs'
export function modelStats(file: string): Promise<ModelStats>
export function optimizeModel(input: string, output: string): Promise<ModelStats>
