import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
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
        manifestTransforms: [(entries) => ({ manifest: withIntegrity(outDir, entries), warnings: [] })],
      },
    }),
  ]
}

/** Where the build finds each cell's provenance record (src/content/provenance.ts), copied from public/. */
const RECORDS = 'content/provenance'

/**
 * Every file a provenance record lists as published, with the SHA-256 (hex) it was published with and the record
 * that says so.
 */
function publishedHashes(outDir: string): Map<string, { sha256: string; record: string }> {
  const hashes = new Map<string, { sha256: string; record: string }>()
  const dir = join(outDir, RECORDS)
  if (!existsSync(dir)) return hashes
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const record = `${RECORDS}/${name}`
    const { published } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      published?: { files: { path: string; sha256: string }[] }
    }
    for (const file of published?.files ?? []) hashes.set(file.path, { sha256: file.sha256, record })
  }
  return hashes
}

/**
 * Each file's Subresource Integrity hash, which travels with it in the offline list: for a file the content tool
 * published, the SHA-256 its provenance record gives (the same hash anyone can check with sha256sum); a build
 * whose file differs from its record is refused, since kiosks would otherwise cache what was never published. Every
 * other file of the build gets its SHA-384.
 */
export function withIntegrity<T extends { url: string }>(outDir: string, entries: T[]): (T & { integrity: string })[] {
  const published = publishedHashes(outDir)
  const differ: string[] = []
  const out = entries.map((entry) => {
    const bytes = readFileSync(join(outDir, entry.url))
    const recorded = published.get(entry.url)
    if (!recorded) return { ...entry, integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}` }
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    if (sha256 !== recorded.sha256)
      differ.push(`${entry.url}: its SHA-256 is ${sha256}, but ${recorded.record} published ${recorded.sha256}`)
    return { ...entry, integrity: `sha256-${Buffer.from(recorded.sha256, 'hex').toString('base64')}` }
  })
  for (const [path, { record }] of published)
    if (!existsSync(join(outDir, path))) differ.push(`${path}: ${record} published it, and the build has no such file`)
  if (differ.length)
    throw new Error(
      `The offline cache refuses files that differ from what was published (publish the cell again with ` +
        `\`npm run content -- publish --cell <cell> --by <name>\`, or restore the file):\n  ${differ.join('\n  ')}`,
    )
  return out
}
