import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * Patches @react-three/fiber's module resolution. Its <Canvas> registers every export of the `three` it imports as a
 * JSX element, which defeats tree shaking and ships all of three.js; fiber's `three` is resolved to a hand-kept
 * catalogue instead (src/scene/three-catalogue.ts): fiber's own needs and the elements written as JSX.
 * On upgrade: tests/unit/tree-shakable-fiber.test.ts reads the installed fiber and fails when it imports `three`
 * differently, uses a three.js class the catalogue lacks, or when a JSX element of the app or @react-three/xr is
 * missing from it.
 */
export const THREE_CATALOGUE = fileURLToPath(new URL('../src/scene/three-catalogue.ts', import.meta.url))

/** Whether `importer` is a module of @react-three/fiber (whose `three` is the catalogue). */
const isFiber = (importer: string | undefined): boolean => !!importer && /@react-three[\\/]fiber[\\/]/.test(importer)

export function treeShakableFiber(): Plugin {
  return {
    name: 'tree-shakable-fiber',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && isFiber(importer)) return THREE_CATALOGUE
      return null
    },
  }
}
