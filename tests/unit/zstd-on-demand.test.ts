import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ZSTD_STAND_IN, zstdOnDemand } from '../../build/zstd-on-demand'
import * as standIn from '../../src/scene/zstd-on-demand'
import { importsIn, installed, resolveWith } from './dependency-files'

const { ZSTDDecoder } = standIn
const PATCH = 'build/zstd-on-demand.ts'

/** A Zstandard frame holding `bytes` in one raw block (no compression, no checksum): what a KTX2 level may carry. */
function rawFrame(bytes: number[]): Uint8Array {
  const size = bytes.length
  const block = (size << 3) | 1 // last block, raw
  return new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x20, size, block & 0xff, (block >> 8) & 0xff, block >> 16, ...bytes])
}

describe('the Zstandard decoder given to the KTX2 loader', () => {
  it('refuses to decode before it is fetched, as three’s own does', () => {
    expect(() => new ZSTDDecoder().decode(rawFrame([1, 2, 3]))).toThrow(/init/)
  })

  it('fetches the real decoder in init() and then unpacks a texture level', async () => {
    const decoder = new ZSTDDecoder()
    await decoder.init()
    const level = [12, 34, 56, 78, 90, 255, 0, 7]
    expect([...decoder.decode(rawFrame(level), level.length)]).toEqual(level)
    expect([...decoder.decode(rawFrame(level))]).toEqual(level)
  })
})

describe(`three's KTX2 loader, given the stand-in as its decoder (${PATCH})`, () => {
  const loader = installed('three/examples/jsm/loaders/KTX2Loader.js', PATCH)

  it('imports the decoder by a name that the build resolves to the stand-in, for names the stand-in exports', () => {
    const decoder = importsIn(loader).filter((i) => /zstddec/.test(i.source))
    expect(decoder.length, `KTX2Loader.js no longer imports three's zstddec: see what ${PATCH} must redirect`).toBe(1)
    for (const { source, names } of decoder) {
      expect(resolveWith(zstdOnDemand(), source, loader), `${PATCH} no longer matches "${source}"`).toBe(ZSTD_STAND_IN)
      for (const name of names)
        expect(
          Object.keys(standIn),
          `KTX2Loader takes ${name} from zstddec: src/scene/zstd-on-demand.ts lacks it`,
        ).toContain(name)
    }
  })

  it('calls on the decoder only what the stand-in has', () => {
    const called = new Set([...readFileSync(loader, 'utf8').matchAll(/\bzstd\.(\w+)\(/g)].map((m) => m[1] ?? ''))
    expect(called.size, "KTX2Loader.js's calls on its decoder (`zstd.…(`) could not be read").toBeGreaterThan(0)
    for (const method of called)
      expect(
        typeof (ZSTDDecoder.prototype as unknown as Record<string, unknown>)[method],
        `KTX2Loader calls zstd.${method}(): add it to src/scene/zstd-on-demand.ts`,
      ).toBe('function')
  })
})
