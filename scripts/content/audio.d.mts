export function probeAudio(file: string): Promise<{ duration: number; channels: number; sampleRate: number }>
export function checkIntact(file: string, declared: number): Promise<void>
