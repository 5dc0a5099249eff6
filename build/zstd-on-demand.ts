import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * Patches three's KTX2 loader's module resolution (three/examples/jsm/loaders/KTX2Loader.js). It imports its
 * Zstandard decoder (`../libs/zstddec.module.js`, mostly inlined WebAssembly) up front, though only raw KTX2 textures
 * with Zstandard supercompression use it: the loader gets a stand-in that fetches it the first time one does
 * (src/scene/zstd-on-demand.ts).
 * On upgrade: tests/unit/zstd-on-demand.test.ts checks that the installed KTX2Loader still imports the decoder by that
 * name and calls on it only what the stand-in has.
 */
export const ZSTD_STAND_IN = fileURLToPath(new URL('../src/scene/zstd-on-demand.ts', import.meta.url))

/** Whether `source`, imported from `importer`, is three's Zstandard decoder as the KTX2 loader imports it. */
const isKtx2Zstd = (source: string, importer: string | undefined): boolean =>
  /zstddec\.module\.js$/.test(source) && !!importer && /[\\/]KTX2Loader\.js$/.test(importer)

export function zstdOnDemand(): Plugin {
  return {
    name: 'zstd-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (isKtx2Zstd(source, importer)) return ZSTD_STAND_IN
      return null
    },
  }
}
