import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { XR_ONLY_THREE } from '../../build/xr-three-plugin'

/** Source files of the app outside the XR layer (src/xr/ gets these classes from three/src). */
function mainPathSources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return path === join('src', 'xr') || path === join('src', 'studio') ? [] : mainPathSources(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('three.js classes only the XR layer uses (build/xr-three-plugin.ts)', () => {
  it('are each defined by the three/src file named for it, as three exports them', async () => {
    for (const [name, file] of Object.entries(XR_ONLY_THREE)) {
      const module = (await import(/* @vite-ignore */ `../../node_modules/three/src/${file}`)) as Record<
        string,
        unknown
      >
      expect(typeof module[name], `three/src/${file} exports ${name}`).toBe('function')
      expect(typeof (THREE as Record<string, unknown>)[name], `three exports ${name}`).toBe('function')
    }
  })

  it('are not used outside the XR layer, which would then hold a second copy of each', () => {
    const used = mainPathSources().flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/import\s*{([^}]*)}\s*from\s*'three'/g)]
      const names = imports.flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, '')))
      return names.filter((n) => n in XR_ONLY_THREE).map((n) => `${file}: ${n}`)
    })
    expect(used).toEqual([])
  })
})
