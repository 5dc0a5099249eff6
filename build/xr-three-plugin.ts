import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * three.js classes that only the WebXR layer uses (@pmndrs/xr's layers, planes and teleport arc, its pointers' lines
 * and handles, the headset's canvas panels), each with the file in `three/src` that defines it. three's build is one module, so a
 * class the lazy XR chunk imports from `three` stays in the shared chunk every visitor loads (about 9 KB gzipped of
 * curves, shapes and cylinders on the way to the first voice); the XR layer gets these from `three/src` instead.
 */
export const XR_ONLY_THREE: Readonly<Record<string, string>> = {
  Box2: 'math/Box2.js',
  CanvasTexture: 'textures/CanvasTexture.js',
  CylinderGeometry: 'geometries/CylinderGeometry.js',
  Line3: 'math/Line3.js',
  QuadraticBezierCurve3: 'extras/curves/QuadraticBezierCurve3.js',
  Shape: 'extras/core/Shape.js',
  ShapeGeometry: 'geometries/ShapeGeometry.js',
  VideoTexture: 'textures/VideoTexture.js',
}

/** Modules of the XR layer: the WebXR packages and src/xr/. */
const XR_SIDE = /[\\/]node_modules[\\/](@pmndrs[\\/]|@react-three[\\/]xr[\\/])|[\\/]src[\\/]xr[\\/]/

/**
 * Files of `three/src` that come along with those classes (their curves, the triangulation, small helpers); any other
 * file they import is taken from `three` itself, so that BufferGeometry, Texture, Vector3 … stay one class each.
 */
const COPIED = [
  ...Object.values(XR_ONLY_THREE),
  /^extras\/(core|curves|lib)\//,
  'extras/ShapeUtils.js',
  'extras/Earcut.js',
  'math/MathUtils.js',
  'utils.js',
  'constants.js',
]

const threeSrc = join(fileURLToPath(new URL('../node_modules/three/src/', import.meta.url)))
const copied = (file: string) => {
  const path = file.slice(threeSrc.length).split(sep).join('/')
  return COPIED.some((c) => (typeof c === 'string' ? c === path : c.test(path)))
}

/**
 * The lazy XR layer imports `three` through a module that takes the classes in XR_ONLY_THREE from `three/src`, so
 * the shared chunk (loaded on every visit) holds only what the page itself draws with. The main path must not use
 * these classes itself (it would then hold two of them): tests/unit/xr-three.test.ts checks the names and files.
 * On upgrade of three: each class must still be defined by its file in three/src, which three's `exports` must still
 * open; of the XR packages: XR_SIDE must still match every module of theirs that imports `three` (docs/upgrading.md).
 */
export function xrThreePlugin(): Plugin {
  const id = '\0three-for-xr'
  return {
    name: 'xr-three',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null
      if (source === 'three' && XR_SIDE.test(importer)) return id
      if (importer.startsWith(threeSrc) && source.startsWith('.')) {
        const target = join(dirname(importer), source)
        if (target.startsWith(threeSrc) && !copied(target)) return this.resolve('three', importer, { skipSelf: true })
      }
      return null
    },
    load(loaded) {
      if (loaded !== id) return null
      return [
        `export * from 'three'`,
        ...Object.entries(XR_ONLY_THREE).map(([name, file]) => `export { ${name} } from 'three/src/${file}'`),
      ].join('\n')
    },
  }
}
