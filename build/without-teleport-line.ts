import type { Plugin } from 'vite'

/**
 * Patches the module resolution of @pmndrs/xr (dist/teleport.js), which imports `meshline` only to draw the teleport
 * arc. This app never teleports (no forced movement), but the library's index imports it anyway; the build gives
 * `meshline` empty stand-ins that throw if ever constructed, instead of shipping it.
 * On upgrade: tests/unit/without-teleport-line.test.ts finds every import of `meshline` in the installed XR packages
 * and checks that the stand-in exports each name they take.
 */
export const MESHLINE_STAND_IN =
  'const unused = () => { throw new Error("teleport is not part of this app") }\n' +
  'export class MeshLineGeometry { constructor() { unused() } }\n' +
  'export class MeshLineMaterial { constructor() { unused() } }'

export function withoutTeleportLine(): Plugin {
  const id = '\0meshline-unused'
  return {
    name: 'without-teleport-line',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'meshline' ? id : null),
    load: (loaded) => (loaded === id ? MESHLINE_STAND_IN : null),
  }
}
