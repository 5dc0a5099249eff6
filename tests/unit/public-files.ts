import { existsSync, readFileSync } from 'node:fs'

export const publicDir = new URL('../../public/', import.meta.url)

/** A fetch that reads from public/, as the static server would; 404 for missing files. */
export function publicFetch(overrides: Record<string, string> = {}): typeof fetch {
  return (async (input: string | URL | Request) => {
    const path = String(input).replace(/^\//, '')
    if (path in overrides) return new Response(overrides[path], { status: 200 })
    const file = new URL(path, publicDir)
    if (!existsSync(file)) return new Response('not found', { status: 404 })
    return new Response(readFileSync(file), { status: 200 })
  }) as typeof fetch
}

export function readPublic(path: string): string {
  return readFileSync(new URL(path, publicDir), 'utf8')
}

export function publicExists(path: string): boolean {
  return existsSync(new URL(path, publicDir))
}
