export const MEDIA_DIRS: readonly string[]
export function stagingRoot(root: string): string
export function orphans(root: string): Promise<string[]>
export function recover(root: string): Promise<void>
