import { defineConfig, minifySync, type Plugin } from 'vite'
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createHash } from 'node:crypto'
import { join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import basicSsl from '@vitejs/plugin-basic-ssl'
import { VitePWA } from 'vite-plugin-pwa'
import { cspSafeTranscoder } from './build/basis-transcoder.ts'
import { headersFile, META_CSP } from './deploy/headers.mjs'
import { linkPagesPlugin } from './build/link-pages-plugin.ts'
import { xrThreePlugin } from './build/xr-three-plugin.ts'

/**
 * `@pmndrs/xr` lazily imports a WebXR emulator (iwer and its dev UI, with a second copy of three.js) on localhost.
 * The production build replaces that module so the emulator is never shipped; tests install their own.
 */
function withoutXREmulator(): Plugin {
  const id = '\0xr-emulator-removed'
  return {
    name: 'without-xr-emulator',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /@pmndrs[\\/]xr[\\/]/.test(importer) && /^\.\/emulate(\.js)?$/.test(source)) return id
      return null
    },
    load(loaded) {
      if (loaded === id) return 'export function emulate() { return undefined }'
      return null
    },
  }
}

/** Gives react-three-fiber a reduced `three` (see src/scene/three-catalogue.ts) so the rest can be tree-shaken. */
function treeShakableFiber(): Plugin {
  const catalogue = fileURLToPath(new URL('./src/scene/three-catalogue.ts', import.meta.url))
  return {
    name: 'tree-shakable-fiber',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && importer && /@react-three[\\/]fiber[\\/]/.test(importer)) return catalogue
      return null
    },
  }
}

/**
 * three's KTX2 loader imports its Zstandard decoder (mostly inlined WebAssembly) up front, though only raw KTX2
 * textures with Zstandard supercompression use it: the loader gets a stand-in that fetches it the first time one does
 * (src/scene/zstd-on-demand.ts).
 */
function zstdOnDemand(): Plugin {
  const standIn = fileURLToPath(new URL('./src/scene/zstd-on-demand.ts', import.meta.url))
  return {
    name: 'zstd-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/zstddec\.module\.js$/.test(source) && importer && /[\\/]KTX2Loader\.js$/.test(importer)) return standIn
      return null
    },
  }
}

/**
 * WebXR controller layouts (which button is the trigger) come from the WebXR Input Profiles registry. They are
 * served from this site under /xr-profiles/, never from a CDN; only the JSON layouts are shipped, not the models.
 */
function xrInputProfiles(): Plugin {
  const dir = fileURLToPath(new URL('./node_modules/@webxr-input-profiles/assets/dist/profiles/', import.meta.url))
  const files = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))
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
      for (const name of files())
        this.emitFile({ type: 'asset', fileName: `xr-profiles/${name}`, source: readFileSync(dir + name) })
    },
  }
}

/**
 * three's KTX2 loader brings its Basis Universal transcoder into the build as two files of this site (no CDN), fetched
 * only for models with KTX2 textures; its JavaScript is rewritten so that it runs under the CSP
 * (build/basis-transcoder.ts), and minified like the rest of the build (three ships it readable: a third more
 * bytes on the way to a KTX2 cell). The development server serves it unchanged: it sends no CSP.
 */
function cspSafeBasisTranscoder(): Plugin {
  return {
    name: 'csp-safe-basis-transcoder',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'asset' && /(^|\/)basis_transcoder-[^/]*\.js$/.test(file.fileName))
          file.source = minifySync(file.fileName, cspSafeTranscoder(String(file.source)), {
            compress: true,
            mangle: true,
          }).code
    },
  }
}

/**
 * meshline only draws @react-three/xr's teleport arc. This app never teleports (no forced movement), but the
 * library's index imports it anyway; the build gives it empty stand-ins instead of shipping it.
 */
function withoutTeleportLine(): Plugin {
  const id = '\0meshline-unused'
  return {
    name: 'without-teleport-line',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'meshline' ? id : null),
    load: (loaded) =>
      loaded === id
        ? 'const unused = () => { throw new Error("teleport is not part of this app") }\n' +
          'export class MeshLineGeometry { constructor() { unused() } }\n' +
          'export class MeshLineMaterial { constructor() { unused() } }'
        : null,
  }
}

/**
 * Safari opens a USDZ in AR Quick Look only when it arrives as `model/vnd.usdz+zip`, a type Vite's servers do not
 * know: they serve the cells' USDZ files themselves (for `npm run start:lan` on an iPhone, and for the tests).
 */
function usdzType(): Plugin {
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

/**
 * The production page runs under a strict Content-Security-Policy: nothing but its own origin (deploy/headers.mjs).
 * The <meta> tag holds wherever the page is served; `_headers` gives static hosts the full HTTP headers.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
      )
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}

/**
 * The offline cache for kiosks and exhibitions: a service worker (src/offline/sw.ts) that stores every file of the
 * build, content included, when it installs. Only production builds have it; the page registers it on demand.
 */
function offlineCache(): Plugin[] {
  // Where this build writes (the benches build elsewhere than dist/): the files hashed below are read from there.
  let outDir = 'dist'
  const where: Plugin = {
    name: 'offline-cache-out-dir',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
  }
  return [
    where,
    ...VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      devOptions: { enabled: false },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,json,glb,ktx2,usdz,opus,webm,m4a,vtt,webp,png,svg,wasm}'],
        // Link-preview images are for feeds, not for a kiosk or headset (its link pages are cached: **/*.html).
        globIgnores: ['previews/**'],
        // A testimony of an hour is about 24 MB as Opus and more as AAC; a skipped file would be missing offline.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        // Registered as a classic script, which every browser with service workers supports.
        rollupFormat: 'iife',
        // Each file's hash travels with it: the browser refuses, at install, a file that is not the one built (a
        // server's error page answered for a recording, a file cut short), and the worker can re-fetch it later.
        manifestTransforms: [
          (entries) => ({
            manifest: entries.map((entry) => ({
              ...entry,
              integrity: `sha384-${createHash('sha384')
                .update(readFileSync(join(outDir, entry.url)))
                .digest('base64')}`,
            })),
            warnings: [],
          }),
        ],
      },
    }),
  ]
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    treeShakableFiber(),
    zstdOnDemand(),
    withoutXREmulator(),
    xrThreePlugin(),
    withoutTeleportLine(),
    xrInputProfiles(),
    cspSafeBasisTranscoder(),
    contentSecurityPolicy(),
    linkPagesPlugin(),
    usdzType(),
    offlineCache(),
    ...(mode === 'lan' ? [basicSsl()] : []),
  ],
  resolve: {
    // howler's spatial plugin is unused (speech goes through this app's own HRTF graph): ship the core only.
    alias: [{ find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}))
