// `npm run content -- studio`: the development server with the studio page (studio.html, src/studio/), where a
// curator places testimonies' markers and the on-screen start by clicking the room, and saves through placeMarkers —
// the same validated, all-or-nothing path as every other command. Only the development server has it: the
// production build's one page is index.html.
import { fileURLToPath } from 'node:url'
import { placeMarkers } from './commands.mjs'
/** @import { Plugin } from 'vite' */

const REPO = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The studio's one endpoint: POST /__studio/save with { cell, positions, start } → { problems: [] } or the problems.
 * @param {string} root
 * @param {string | undefined} by who publishes a Save (default: PV_CURATOR)
 * @returns {Plugin}
 */
function studioApi(root, by) {
  return {
    name: 'content-studio',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__studio/save', (req, res) => {
        if (req.method !== 'POST') {
          res.statusCode = 405
          res.end()
          return
        }
        let body = ''
        req.on('data', (/** @type {Buffer} */ chunk) => (body += chunk))
        req.on('end', async () => {
          /** @type {string[]} */
          let problems = []
          try {
            const { cell, positions, start } = JSON.parse(body)
            await placeMarkers({ root, cell, positions, start, by })
          } catch (e) {
            problems = String(e instanceof Error ? e.message : e).split('\n')
          }
          res.setHeader('Content-Type', 'application/json')
          res.statusCode = problems.length ? 422 : 200
          res.end(JSON.stringify({ problems }))
        })
      })
    },
  }
}

/**
 * Starts the development server on `root`'s content with the studio; resolves with its address and a way to stop.
 * @param {object} options
 * @param {string} options.root the site's folder
 * @param {number} [options.port] 0: any free one
 * @param {string} [options.host]
 * @param {string} [options.cacheDir] where Vite keeps its pre-bundled dependencies (default node_modules/.vite)
 * @param {string} [options.by] who publishes each Save, in the cell's provenance record (default: PV_CURATOR)
 * @returns {Promise<{ url: string; studio: string; close(): Promise<void> }>}
 */
export async function startStudio({ root, port = 5173, host = '127.0.0.1', cacheDir, by }) {
  const { createServer } = await import('vite')
  const server = await createServer({
    root: REPO,
    configFile: `${REPO}vite.config.ts`,
    publicDir: root,
    ...(cacheDir && { cacheDir }),
    server: { port, host, strictPort: port !== 0 },
    plugins: [studioApi(root, by)],
    logLevel: 'warn',
  })
  await server.listen()
  const address = server.httpServer?.address()
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`
  return { url, studio: `${url}studio.html`, close: () => server.close() }
}
