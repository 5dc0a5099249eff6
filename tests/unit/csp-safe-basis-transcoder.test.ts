import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BASIS_TRANSCODER_ASSET, cspSafeBasisTranscoder } from '../../build/csp-safe-basis-transcoder'
import { cspSafeTranscoder } from '../../build/basis-transcoder.ts'
import { installed } from './dependency-files'

const PATCH = 'build/csp-safe-basis-transcoder.ts (and the strings in build/basis-transcoder.ts)'
const LIBS = 'three/examples/jsm/libs/basis/'

describe(`three's Basis transcoder, rewritten to run under the CSP (${PATCH})`, () => {
  it("is still the file three's KTX2 loader brings into the build by its own address", () => {
    const loader = readFileSync(installed('three/examples/jsm/loaders/KTX2Loader.js', PATCH), 'utf8')
    const urls = [...loader.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1])
    expect(urls, `KTX2Loader.js no longer names its transcoder as it did: check ${PATCH}`).toContain(
      '../libs/basis/basis_transcoder.js',
    )
    expect(urls).toContain('../libs/basis/basis_transcoder.wasm')
    installed(`${LIBS}basis_transcoder.wasm`, PATCH)
    // Vite names the asset after the file, which is how the plugin finds it in the bundle.
    expect(BASIS_TRANSCODER_ASSET.test('assets/basis_transcoder-AbC_12-x.js')).toBe(true)
  })

  it('has each string the rewrite replaces, once, and builds no function from a string after it', () => {
    const js = readFileSync(installed(`${LIBS}basis_transcoder.js`, PATCH), 'utf8')
    expect(js, "three's transcoder no longer builds functions from strings: the rewrite may be unneeded").toMatch(
      /newFunc\(Function/,
    )
    // Throws "three's basis_transcoder.js has changed" when either string is not there exactly once.
    const safe = cspSafeTranscoder(js)
    expect(safe).not.toMatch(/new Function|newFunc\(Function/)
  })

  it('is minified in the build, still defining BASIS', () => {
    const js = readFileSync(installed(`${LIBS}basis_transcoder.js`, PATCH), 'utf8')
    const fileName = 'assets/basis_transcoder-Ab12Cd34.js'
    const asset = { type: 'asset' as const, fileName, source: js }
    const hook = cspSafeBasisTranscoder().generateBundle
    ;(hook as unknown as (this: object, options: object, bundle: object) => void).call({}, {}, { [fileName]: asset })
    const built = String(asset.source)
    expect(built).toMatch(/^var BASIS=/)
    expect(built).not.toMatch(/new Function|newFunc\(Function/)
    expect(built.length).toBeLessThan(js.length * 0.9)
  })
})
