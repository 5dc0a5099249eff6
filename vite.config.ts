import { defineConfig, type Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import basicSsl from '@vitejs/plugin-basic-ssl'

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

/** The production page runs under a strict Content-Security-Policy: nothing but its own origin. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      )
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), treeShakableFiber(), withoutXREmulator(), contentSecurityPolicy(), ...(mode === 'lan' ? [basicSsl()] : [])],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // meshline only draws @react-three/xr's teleport arc, which this app does not use; let it be dropped.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]meshline[\\/]/.test(id) },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}))
