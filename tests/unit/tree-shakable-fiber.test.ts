import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { THREE_CATALOGUE, treeShakableFiber } from '../../build/tree-shakable-fiber'
import { importsIn, installed, installedScripts, resolveWith } from './dependency-files'

const PATCH = 'build/tree-shakable-fiber.ts'
const CATALOGUE = 'src/scene/three-catalogue.ts'

/** three.js's export for a JSX element (`meshBasicMaterial` → MeshBasicMaterial), if it is one. */
const threeClass = (element: string) => {
  const name = element[0]?.toUpperCase() + element.slice(1)
  return element !== 'primitive' && typeof (THREE as Record<string, unknown>)[name] === 'function' ? name : null
}

describe(`react-three-fiber's three.js, the hand-kept catalogue (${PATCH})`, () => {
  const plugin = treeShakableFiber()
  const files = installedScripts('@react-three/fiber/dist', PATCH, /\.esm\.js$/)
  const imports = files.flatMap((file) =>
    importsIn(file)
      .filter((i) => i.source === 'three')
      .map((i) => ({ file, ...i })),
  )
  const loadCatalogue = async () => (await import('../../src/scene/three-catalogue')) as Record<string, unknown>

  it('is what the `three` of fiber’s modules resolves to, and theirs only', () => {
    expect(imports.length, `react-three-fiber no longer imports 'three': see what ${PATCH} must now redirect`).toBe(
      files.filter((f) => readFileSync(f, 'utf8').includes("from 'three'")).length,
    )
    expect(imports.length).toBeGreaterThan(0)
    expect(existsSync(THREE_CATALOGUE)).toBe(true)
    for (const { file } of imports) expect(resolveWith(plugin, 'three', file), file).toBe(THREE_CATALOGUE)
    expect(resolveWith(plugin, 'three', installed('@react-three/xr/dist/index.js', PATCH))).toBeNull()
  })

  it('is needed: fiber’s <Canvas> still registers every export of its `three` as a JSX element', () => {
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n')
    expect(code, `fiber no longer calls extend(THREE): ${PATCH} may be unneeded, or wrong`).toMatch(/\bextend\(THREE\)/)
  })

  it('exports every three.js class fiber itself uses, each defined', async () => {
    const catalogue = await loadCatalogue()
    const used = new Set<string>()
    for (const { file, names } of imports) {
      if (!names.includes('*')) names.forEach((n) => used.add(n))
      const code = readFileSync(file, 'utf8')
      const namespace = /import\s*\*\s*as\s+(\w+)\s+from\s*'three'/.exec(code)?.[1]
      if (namespace)
        for (const m of code.matchAll(new RegExp(`\\b${namespace}\\.([A-Za-z_$][\\w$]*)`, 'g'))) used.add(m[1] ?? '')
    }
    expect(used.size, 'no use of three.js could be read in fiber').toBeGreaterThan(0)
    const missing = [...used].filter((name) => !(name in catalogue))
    expect(missing, `react-three-fiber uses these from three.js: add them to ${CATALOGUE}`).toEqual([])
    const undefinedExports = Object.entries(catalogue).filter(([, value]) => value === undefined)
    expect(
      undefinedExports.map(([name]) => name),
      `three.js no longer exports these, named in ${CATALOGUE}`,
    ).toEqual([])
  })

  it('exports every three.js class written as a JSX element, by the app or by @react-three/xr', async () => {
    const catalogue = await loadCatalogue()
    const app = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => ({ file: join('src', f), code: readFileSync(join('src', f), 'utf8') }))
      .filter(({ code }) => code.includes("from '@react-three/"))
      .flatMap(({ file, code }) => [...code.matchAll(/<([a-z]\w*)[\s/>]/g)].map((m) => ({ file, element: m[1] ?? '' })))
    const xr = installedScripts('@react-three/xr/dist', PATCH).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b_?jsxs?\("([a-z]\w*)"/g)].map((m) => ({ file, element: m[1] ?? '' })),
    )
    expect(xr.length, '@react-three/xr’s JSX elements could not be read').toBeGreaterThan(0)
    const missing = [...app, ...xr]
      .filter(({ element }) => threeClass(element) && !(threeClass(element)! in catalogue))
      .map(({ file, element }) => `${file}: <${element}>`)
    expect([...new Set(missing)], `add these three.js classes to ${CATALOGUE}`).toEqual([])
  })
})
