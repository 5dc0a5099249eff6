export const META_CSP: string
export const SECURITY_HEADERS: Record<string, string>
export const CACHE_IMMUTABLE: string
export const MIME_TYPES: Record<string, string>
export const GZIP_TYPES: string[]
export const GZIP_LEVEL: number
export function headersFile(): string
export function nginxSecurityHeaders(): string
export function nginxTypes(): string
