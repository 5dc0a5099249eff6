import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * The offline cache for kiosks and exhibitions: a service worker (src/offline/sw.ts) that stores every file of the
 * build, content included, when it installs. Only production builds have it; the page registers it on demand.
 */
export function offlineCache(): Plugin[] {
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
