import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * Reads @webxr-input-profiles/assets by path (dist/profiles/, not an export of the package). WebXR controller layouts
 * (which button is the trigger) come from the WebXR Input Profiles registry; @pmndrs/xr fetches them (profilesList.json,
 * then <profile>/profile.json) from its `baseAssetPath`, which is this site's /xr-profiles/, never a CDN. Only the JSON
 * layouts are shipped, not the models.
 * On upgrade: tests/unit/xr-input-profiles.test.ts checks that the folder still holds the list and every listed layout.
 */
export const XR_PROFILES_DIR = fileURLToPath(
  new URL('../node_modules/@webxr-input-profiles/assets/dist/profiles/', import.meta.url),
)

/** The JSON files of the folder, as paths relative to it. */
export const xrProfileFiles = (): string[] =>
  readdirSync(XR_PROFILES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))

export function xrInputProfiles(): Plugin {
  const dir = XR_PROFILES_DIR
  return {
    name: 'xr-input-profiles',
    configureServer(server) {
      server.middlewares.use('/xr-profiles/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '')
        if (!name.endsWith('.json') || name.includes('..')) return next()
        try {
          res.setHeader('Content-Type', 'application/json')
          res.end(readFileSync(dir + name))
        } catch {
          next()
        }
      })
    },
    generateBundle() {
      for (const name of xrProfileFiles())
        this.emitFile({ type: 'asset', fileName: `xr-profiles/${name}`, source: readFileSync(dir + name) })
    },
  }
}
