export function probeAudio(file: string): Promise<{ duration: number; channels: number; sampleRate: number }>
export function checkIntact(file: string, declared: number): Promise<void>
export const LEAD_IN_KEEP: number
export function leadIn(file: string, thresholdDb?: number): Promise<number>
