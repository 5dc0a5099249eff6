import type { Plugin } from 'vite'

/**
 * Patches @pmndrs/xr's module resolution. Its store (dist/store.js) lazily imports `./emulate.js`, a WebXR emulator
 * (iwer and its dev UI, with a second copy of three.js) that it starts on localhost. The production build resolves
 * that import to a stand-in, so the emulator is never shipped; the browser tests install their own.
 * On upgrade: tests/unit/without-xr-emulator.test.ts finds the import in the installed @pmndrs/xr and checks that the
 * stand-in still exports what the store takes from it.
 */
export const XR_EMULATOR_STAND_IN = 'export function emulate() { return undefined }'

/** Whether `source`, imported from `importer`, is @pmndrs/xr's emulator module. */
const isXREmulator = (source: string, importer: string | undefined): boolean =>
  !!importer && /@pmndrs[\\/]xr[\\/]/.test(importer) && /^\.\/emulate(\.js)?$/.test(source)

export function withoutXREmulator(): Plugin {
  const id = '\0xr-emulator-removed'
  return {
    name: 'without-xr-emulator',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (isXREmulator(source, importer)) return id
      return null
    },
    load(loaded) {
      if (loaded === id) return XR_EMULATOR_STAND_IN
      return null
    },
  }
}
