import { describe, expect, it } from 'vitest'
import { ZSTDDecoder } from '../../src/scene/zstd-on-demand'

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
