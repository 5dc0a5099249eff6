import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HOWLER_CORE } from '../../build/howler-core'
import { installed } from './dependency-files'

const PATCH = 'build/howler-core.ts'

describe(`howler, redirected to its core build (${PATCH})`, () => {
  it('has that file still, giving Howl and Howler without the spatial plugin', () => {
    const file = installed(`${HOWLER_CORE.replacement}`, PATCH)
    const core = createRequire(import.meta.url)(file) as Record<string, unknown>
    expect(typeof core.Howl, `${HOWLER_CORE.replacement} no longer exports Howl: update ${PATCH}`).toBe('function')
    expect(typeof core.Howler, `${HOWLER_CORE.replacement} no longer exports Howler: update ${PATCH}`).toBe('object')
    expect(readFileSync(file, 'utf8'), 'the core build now holds the spatial plugin').not.toContain('orientation')
  })

  it('gives the app all it takes from howler', () => {
    const names = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...readFileSync(join('src', f), 'utf8').matchAll(/import\s*{([^}]*)}\s*from\s*'howler'/g)])
      .flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, '')))
      .filter(Boolean)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(['Howl', 'Howler'], `src/ takes ${name} from howler`).toContain(name)
  })
})
