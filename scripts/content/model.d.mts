import type { ModelStats } from './commands.mjs'
export function modelStats(file: string): Promise<ModelStats>
