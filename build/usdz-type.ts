import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, normalize } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Safari opens a USDZ in AR Quick Look only when it arrives as `model/vnd.usdz+zip`, a type Vite's servers do not
 * know: they serve the cells' USDZ files themselves (for `npm run start:lan` on an iPhone, and for the tests).
 */
export function usdzType(): Plugin {
  const serve = (dir: string) => (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(dir, path))
    if (!path.endsWith('.usdz') || !file.startsWith(dir) || !existsSync(file)) return next()
    res.writeHead(200, { 'Content-Type': 'model/vnd.usdz+zip', 'Content-Length': statSync(file).size })
    createReadStream(file).pipe(res)
  }
  return {
    name: 'usdz-type',
    configureServer: (server) => void server.middlewares.use(serve(normalize(server.config.publicDir))),
    configurePreviewServer: (server) =>
      void server.middlewares.use(serve(normalize(join(server.config.root, server.config.build.outDir)))),
  }
}
