import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MESHLINE_STAND_IN, withoutTeleportLine } from '../../build/without-teleport-line'
import { exportedNames, importsIn, installedScripts, loadWith, resolveWith } from './dependency-files'

const PATCH = 'build/without-teleport-line.ts'

describe(`meshline, the XR packages' teleport arc, left out of the build (${PATCH})`, () => {
  const plugin = withoutTeleportLine()
  const uses = ['@pmndrs/xr/dist', '@react-three/xr/dist'].flatMap((dir) =>
    installedScripts(dir, PATCH).flatMap((file) =>
      importsIn(file)
        .filter((i) => i.source === 'meshline')
        .map((i) => ({ file, ...i })),
    ),
  )

  it('is still imported by the XR packages, and resolved to the stand-in', () => {
    expect(uses.length, `the XR packages no longer import meshline: ${PATCH} has nothing left to do`).toBeGreaterThan(0)
    for (const { file, source } of uses) {
      const id = resolveWith(plugin, source, file)
      expect(id, `${file}: ${PATCH} no longer resolves "${source}"`).toBeTypeOf('string')
      expect(loadWith(plugin, id as string)).toBe(MESHLINE_STAND_IN)
    }
  })

  it('has a stand-in that exports each name the XR packages take from meshline', () => {
    const standIn = exportedNames(MESHLINE_STAND_IN)
    for (const { file, names } of uses) {
      expect(names.length, `${file}: which names it takes from meshline could not be read`).toBeGreaterThan(0)
      for (const name of names)
        expect(standIn, `${file} takes ${name} from meshline: add it to ${PATCH}'s stand-in`).toContain(name)
    }
  })

  it('stands in for a teleport the app never uses (its stand-ins throw when constructed)', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))
    const teleports = sources.filter((f) => /\bTeleport\w*/.test(readFileSync(join('src', f), 'utf8')))
    expect(teleports, `these files use the XR packages' teleport, which ${PATCH} leaves out`).toEqual([])
  })
})
