import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dist = new URL('../../dist/', import.meta.url)
const assets = readdirSync(new URL('assets/', dist)).filter((f) => f.endsWith('.js'))
const code = assets.map((f) => readFileSync(new URL(`assets/${f}`, dist), 'utf8'))

describe('the production build', () => {
  it('ships no WebXR emulator (iwer, its dev UI or its room captures)', () => {
    expect(assets.length).toBeGreaterThan(2)
    for (const [i, source] of code.entries()) {
      expect(source, assets[i]).not.toContain('Meta Quest 3')
      expect(source, assets[i]).not.toContain('iwer/native-override')
      expect(source, assets[i]).not.toContain('SyntheticEnvironmentModule')
    }
  })

  it('declares a Content-Security-Policy that allows only its own origin', () => {
    const html = readFileSync(new URL('index.html', dist), 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/)
    // WebAssembly may compile (the meshopt decoder); JavaScript eval may not.
    expect(csp).not.toMatch(/\s'unsafe-eval'/)
    expect(csp).not.toMatch(/https?:/)
  })

  it('fetches the Zstandard decoder only when a texture needs it, not with every KTX2 model', () => {
    const ktx2 = assets.findIndex((f) => f.startsWith('KTX2Loader-'))
    const zstd = assets.findIndex((f) => f.startsWith('zstddec'))
    expect(ktx2, 'the KTX2 loader has its own file').toBeGreaterThanOrEqual(0)
    expect(zstd, 'the Zstandard decoder has its own file').toBeGreaterThanOrEqual(0)
    // "AGFzbQ" is the WebAssembly magic number in base64: the decoder's module, inlined in its file.
    expect(code[ktx2]).not.toContain('AGFzbQ')
    expect(code[zstd]).toContain('AGFzbQ')
    expect(code[ktx2]).toContain(`import(\`./${assets[zstd]}\`)`)
  })

  it('ships the KTX2 transcoder minified like its own code, still defining BASIS and building no functions from strings', () => {
    const file = readdirSync(new URL('assets/', dist)).find((f) => /^basis_transcoder-.*\.js$/.test(f))
    expect(file, 'the transcoder is in the build').toBeDefined()
    const transcoder = readFileSync(new URL(`assets/${file}`, dist), 'utf8')
    // three ships it readable: indented lines, Emscripten's long local names
    expect(transcoder).not.toMatch(/\n {2}/)
    expect(transcoder).not.toContain('ENVIRONMENT_IS_WEB')
    expect(transcoder).toMatch(/^var BASIS=/)
    expect(transcoder).not.toMatch(/new Function|newFunc\(Function/)
  })

  it('serves WebXR controller layouts itself', () => {
    const list = JSON.parse(readFileSync(new URL('xr-profiles/profilesList.json', dist), 'utf8'))
    expect(Object.keys(list)).toContain('meta-quest-touch-plus')
    expect(() => readFileSync(new URL('xr-profiles/meta-quest-touch-plus/profile.json', dist))).not.toThrow()
  })
})

describe('the shipped content', () => {
  it('is the content tool’s output: every cell model is meshopt-compressed glTF binary', () => {
    const manifest = JSON.parse(readFileSync(new URL('content/manifest.json', dist), 'utf8')) as { cells: string[] }
    for (const listed of manifest.cells) {
      const cell = JSON.parse(readFileSync(new URL(`content/${listed}`, dist), 'utf8')) as { model: string }
      const glb = readFileSync(new URL(cell.model, dist))
      expect(glb.toString('ascii', 0, 4), cell.model).toBe('glTF')
      const jsonLength = glb.readUInt32LE(12)
      const json = JSON.parse(glb.toString('utf8', 20, 20 + jsonLength)) as { extensionsUsed?: string[] }
      expect(json.extensionsUsed, cell.model).toContain('EXT_meshopt_compression')
    }
  })
})
