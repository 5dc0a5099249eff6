import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withoutXREmulator, XR_EMULATOR_STAND_IN } from '../../build/without-xr-emulator'
import { exportedNames, importsIn, installed, installedScripts, loadWith, resolveWith } from './dependency-files'

const PATCH = 'build/without-xr-emulator.ts'

describe(`@pmndrs/xr's WebXR emulator, left out of the build (${PATCH})`, () => {
  const plugin = withoutXREmulator()
  const uses = installedScripts('@pmndrs/xr/dist', PATCH).flatMap((file) =>
    importsIn(file)
      .filter((i) => /(^|\/)emulate(\.js)?$/.test(i.source))
      .map((i) => ({ file, ...i })),
  )

  it('is still imported by @pmndrs/xr by a name that the build resolves to the stand-in', () => {
    expect(
      uses.length,
      `@pmndrs/xr no longer imports ./emulate.js: see what ${PATCH} must now leave out`,
    ).toBeGreaterThan(0)
    for (const { file, source } of uses) {
      const id = resolveWith(plugin, source, file)
      expect(id, `${file} imports "${source}", which ${PATCH} no longer resolves to its stand-in`).toBeTypeOf('string')
      expect(loadWith(plugin, id as string)).toBe(XR_EMULATOR_STAND_IN)
    }
  })

  it('has a stand-in that exports each name @pmndrs/xr takes from the emulator', () => {
    const real = exportedNames(readFileSync(installed('@pmndrs/xr/dist/emulate.js', PATCH), 'utf8'))
    const standIn = exportedNames(XR_EMULATOR_STAND_IN)
    for (const { file, names } of uses) {
      expect(names.length, `${file}: which names it takes from the emulator could not be read`).toBeGreaterThan(0)
      for (const name of names) {
        expect(real, `@pmndrs/xr's emulate.js no longer exports ${name}: update ${PATCH}`).toContain(name)
        expect(standIn, `${file} takes ${name} from the emulator: add it to ${PATCH}'s stand-in`).toContain(name)
      }
    }
  })
})
