import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'

/**
 * What the server does wrong for one path, as a bad network or a broken deployment would:
 * - `stallAfter`: sends the file's bytes up to this offset, then nothing more (the connection stays open);
 * - `trickle`: sends the file at this many bytes a second;
 * - `truncateTo`: serves the file as if it ended after this many bytes;
 * - `status`: answers with this HTTP status and no file.
 */
type Fault = { stallAfter: number } | { trickle: number } | { truncateTo: number } | { status: number }

export interface FaultServer {
  /** The site's address, ending in `/`. */
  url: string
  /** Sets the fault for a path (e.g. `/audio/sizo-bunk.webm`); requests already answered keep theirs. */
  fault(path: string, fault: Fault): void
  /** The server is fixed: every path is served whole again. */
  fix(): void
  /** The paths asked for, in order (to see a retry reach the server). */
  readonly requested: readonly string[]
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.opus': 'audio/ogg',
  '.webm': 'audio/webm',
  '.m4a': 'audio/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.ktx2': 'image/ktx2',
  '.usdz': 'model/vnd.usdz+zip',
}

/** `bytes=a-b` / `bytes=a-` / `bytes=-n` of a file of `size` bytes, or null for none or one this server declines. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match) return null
  const [, a, b] = match
  if (a === '' && b === '') return null
  const start = a === '' ? Math.max(0, size - Number(b)) : Number(a)
  const end = a === '' || b === '' ? size - 1 : Math.min(Number(b), size - 1)
  if (start >= size || start > end) return 'unsatisfiable'
  return { start, end }
}

/**
 * Serves the production build (dist/) over HTTP with byte ranges, and misbehaves on demand for the paths a test
 * names: the test server for a bad network. Started by the test file that needs it, in the test's own process.
 */
export function startFaultServer(root = 'dist'): Promise<FaultServer> {
  const faults = new Map<string, Fault>()
  const requested: string[] = []
  const timers = new Set<ReturnType<typeof setTimeout>>()

  const send = (res: ServerResponse, req: IncomingMessage) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requested.push(path)
    const fault = faults.get(path)
    if (fault && 'status' in fault) {
      res.writeHead(fault.status, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' })
      res.end(`${fault.status}`)
      return
    }
    let file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))
    if (path.endsWith('/')) file = join(file, 'index.html')
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('not found')
      return
    }
    const size = fault && 'truncateTo' in fault ? Math.min(fault.truncateTo, statSync(file).size) : statSync(file).size
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      // A fault set later must reach the browser, not a copy it kept.
      'Cache-Control': 'no-store',
    }
    const range = byteRange(req.headers.range, size)
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` })
      res.end()
      return
    }
    const start = range?.start ?? 0
    const end = range?.end ?? size - 1
    headers['Content-Length'] = end - start + 1
    if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`
    res.writeHead(range ? 206 : 200, headers)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    if (fault && 'stallAfter' in fault) {
      // The bytes before the stall, then silence on an open connection: what a dead mobile link looks like.
      if (start < fault.stallAfter) res.write(readFileSync(file).subarray(start, Math.min(end + 1, fault.stallAfter)))
      return
    }
    if (fault && 'trickle' in fault) {
      const bytes = readFileSync(file).subarray(start, end + 1)
      const chunk = Math.max(1, Math.round(fault.trickle / 10))
      let at = 0
      const next = () => {
        if (res.destroyed) return
        res.write(bytes.subarray(at, at + chunk))
        at += chunk
        if (at >= bytes.length) {
          res.end()
          return
        }
        const timer = setTimeout(() => {
          timers.delete(timer)
          next()
        }, 100)
        timers.add(timer)
      }
      next()
      return
    }
    createReadStream(file, { start, end }).pipe(res)
  }

  const server = createServer((req, res) => {
    try {
      send(res, req)
    } catch (e) {
      res.writeHead(500)
      res.end(String(e))
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (!address || typeof address === 'string') return reject(new Error('the fault server has no port'))
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        fault: (path, fault) => void faults.set(path, fault),
        fix: () => faults.clear(),
        requested,
        close: () =>
          new Promise<void>((done) => {
            for (const timer of timers) clearTimeout(timer)
            // Stalled answers never end by themselves.
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
