import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { previewPath } from '../scripts/content/preview-files.mjs'
import type * as LinkPages from './link-pages'

/**
 * Writes every link-preview page (build/link-pages.ts) into the build beside index.html, and the root's own tags into
 * it. Runs after the page is final (CSP meta included) and before the offline cache lists the build's files. The
 * generator shares the app's content schema and texts, so it is loaded through Vite's module runner when the build
 * gets here, not with the config (which Node reads on its own).
 */
export function linkPagesPlugin(): Plugin {
  let publicDir = ''
  return {
    name: 'link-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html']
      if (!index || index.type !== 'asset') return this.error('build/link-pages: the build has no index.html')
      const { runnerImport } = await import('vite')
      const path = fileURLToPath(new URL('./link-pages.ts', import.meta.url))
      const { module: pages } = await runnerImport<typeof LinkPages>(path)
      const { manifest, cells } = pages.readShippedContent(publicDir, (m) => this.warn(m))
      const publicUrl = pages.publicRoot(process.env.PUBLIC_URL, manifest)
      if (!publicUrl)
        this.warn(
          'No public address (set PUBLIC_URL, or "publicUrl" in content/manifest.json): link previews are written ' +
            'without canonical addresses, and their images as paths, which some feeds do not show.',
        )
      const missing = new Set<string>()
      const images: LinkPages.PreviewImages = {
        find(subject, lang) {
          const file = previewPath(subject, lang)
          if (existsSync(join(publicDir, file))) return file
          missing.add(file)
          return null
        },
      }
      for (const page of pages.linkPages({ html: String(index.source), manifest, cells, publicUrl, images }))
        if (page.file === 'index.html') index.source = page.html
        else this.emitFile({ type: 'asset', fileName: page.file, source: page.html })
      if (missing.size)
        this.warn(
          `${missing.size} preview images are missing (first: ${[...missing][0]}): their pages have no image. ` +
            'Run `npm run content -- previews`.',
        )
    },
  }
}
