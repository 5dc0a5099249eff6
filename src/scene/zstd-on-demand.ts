import type { ZSTDDecoder as Decoder } from 'three/examples/jsm/libs/zstddec.module.js'

/**
 * What three's KTX2 loader gets as its Zstandard decoder (build/zstd-on-demand.ts). The real one is mostly an
 * inlined WebAssembly module (about 17 KB gzipped) that only raw KTX2 textures with Zstandard supercompression need —
 * Basis textures, the content tool's output, are unpacked by the transcoder — so it is fetched in `init()`, which the
 * loader awaits before its first `decode()`, and never for any other model.
 */
export class ZSTDDecoder {
  private decoder: Decoder | null = null

  async init(): Promise<void> {
    if (this.decoder) return
    const { ZSTDDecoder: Real } = await import('three/examples/jsm/libs/zstddec.module.js')
    const decoder = new Real()
    await decoder.init()
    this.decoder = decoder
  }

  decode(array: Uint8Array, uncompressedSize?: number): Uint8Array {
    if (!this.decoder) throw new Error('ZSTDDecoder: Await .init() before decoding.')
    return this.decoder.decode(array, uncompressedSize)
  }
}
