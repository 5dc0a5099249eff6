import { minifySync, type Plugin } from 'vite'
import { cspSafeTranscoder } from './basis-transcoder.ts'

/**
 * Patches three's Basis Universal transcoder (three/examples/jsm/libs/basis/basis_transcoder.js) by string. three's
 * KTX2 loader brings it into the build as two files of this site (no CDN), fetched only for models with KTX2 textures
 * (`new URL('../libs/basis/basis_transcoder.js', import.meta.url)` in KTX2Loader.js); its JavaScript is rewritten so
 * that it runs under the CSP (build/basis-transcoder.ts replaces embind's `new Function`), and minified like the
 * rest of the build (three ships it readable: a third more bytes on the way to a KTX2 cell). The development server
 * serves it unchanged: it sends no CSP.
 * On upgrade: tests/unit/csp-safe-basis-transcoder.test.ts runs the rewrite on the installed transcoder; it fails when
 * either replaced string is no longer there exactly once, or when the loader no longer names the file that way.
 */
export const BASIS_TRANSCODER_ASSET = /(^|\/)basis_transcoder-[^/]*\.js$/

export function cspSafeBasisTranscoder(): Plugin {
  return {
    name: 'csp-safe-basis-transcoder',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'asset' && BASIS_TRANSCODER_ASSET.test(file.fileName))
          file.source = minifySync(file.fileName, cspSafeTranscoder(String(file.source)), {
            compress: true,
            mangle: true,
          }).code
    },
  }
}
