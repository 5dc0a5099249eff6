export function startStudio(options?: {
  root?: string
  port?: number
  host?: string
  /** where Vite keeps its pre-bundled dependencies (default node_modules/.vite) */
  cacheDir?: string
}): Promise<{ url: string; studio: string; close(): Promise<void> }>
