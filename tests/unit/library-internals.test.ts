import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BufferAttribute, BufferGeometry, DataTexture, DoubleSide, Object3D, Ray, Vector3 } from 'three'
import type { MeshStandardMaterial, WebGLRenderer } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { Ktx2Textures } from '../../src/scene/ktx2'
import { installed } from './dependency-files'

/*
 * The app's own code reaching past a library's public surface (docs/upgrading.md lists each): each test fails, naming
 * the file that relies on it, when an upgrade takes away what it reaches for.
 */

/** The names `src/` imports from `source`, with the files that import them. */
function importedFromSrc(source: string): { file: string; name: string }[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => {
      const code = readFileSync(join('src', f), 'utf8')
      return [...code.matchAll(/import\s*{([^}]*)}\s*from\s*'([^']+)'/g)]
        .filter((m) => m[2] === source)
        .flatMap((m) => (m[1] ?? '').split(',').map((n) => ({ file: join('src', f), name: n.trim() })))
        .filter(({ name }) => name && !name.startsWith('type '))
    })
}

describe("@pmndrs/xr's internals (src/xr/xr-bodies.tsx: the controllers' and hands' models)", () => {
  it('still export what the app takes from them', async () => {
    const pkg = JSON.parse(readFileSync(installed('@pmndrs/xr/package.json', 'src/xr/xr-bodies.tsx'), 'utf8')) as {
      exports?: Record<string, unknown>
    }
    expect(Object.keys(pkg.exports ?? {}), '@pmndrs/xr no longer exports ./internals').toContain('./internals')
    const internals = (await import('@pmndrs/xr/internals')) as Record<string, unknown>
    const used = importedFromSrc('@pmndrs/xr/internals')
    expect(used.length).toBeGreaterThan(0)
    for (const { file, name } of used)
      expect(typeof internals[name], `@pmndrs/xr/internals no longer exports ${name}, which ${file} uses`).toBe(
        'function',
      )
  })
})

describe("GLTFLoader's parser, as the KTX2 plugin uses it (src/scene/ktx2.ts)", () => {
  it('lets a plugin named KHR_texture_basisu take the place of three’s own, reading parser.json', async () => {
    const json = {
      asset: { version: '2.0' },
      extensionsUsed: ['KHR_texture_basisu'],
      extensionsRequired: ['KHR_texture_basisu'],
      scene: 0,
      scenes: [{ nodes: [] }],
      images: [{ uri: 'wall.ktx2', mimeType: 'image/ktx2', extras: { averageColor: '#102030' } }],
      textures: [{ extensions: { KHR_texture_basisu: { source: 0 } } }],
      materials: [{ pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }],
    }
    // No renderer here: the texture itself is never transcoded, only stood in for.
    const textures = new Ktx2Textures({} as WebGLRenderer)
    const gltf = await new GLTFLoader().register(textures.plugin).parseAsync(JSON.stringify(json), '')
    const { parser } = gltf
    expect(parser.json, 'GLTFParser no longer keeps the glTF as parser.json').toEqual(json)
    expect(
      parser.options,
      'GLTFParser no longer has parser.options (where the plugin keeps its loader)',
    ).toHaveProperty('ktx2Loader')
    expect(parser.loadTextureImage, 'GLTFParser no longer has loadTextureImage(texture, source, loader)').toHaveLength(
      3,
    )
    // three's own plugin would have thrown: "setKTX2Loader must be called before loading KTX2 textures".
    const material = (await parser.getDependency('material', 0)) as MeshStandardMaterial
    expect(material.map, 'the app’s KTX2 plugin was not the one asked for the texture').toBeInstanceOf(DataTexture)
    expect([...((material.map as DataTexture).image.data as Uint8Array)]).toEqual([16, 32, 48, 255])
    expect(textures.beside).toBe(1)
    expect(
      await textures.bringIn(
        new Object3D(),
        () => false,
        () => undefined,
      ),
    ).toEqual(['wall.ktx2'])
  })
})

describe("three-mesh-bvh's ES module source (scripts/content/bake.mjs: the baked light's rays)", () => {
  it('is still at three-mesh-bvh/src/index.js and gives MeshBVH, which casts a ray', async () => {
    installed('three-mesh-bvh/src/index.js', 'scripts/content/bake.mjs')
    const { MeshBVH } = await import('three-mesh-bvh/src/index.js')
    expect(typeof MeshBVH, 'three-mesh-bvh/src/index.js no longer exports MeshBVH').toBe('function')
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new BufferAttribute(new Float32Array([-1, 0, -1, 1, 0, -1, 0, 0, 1]), 3))
    const bvh = new MeshBVH(geometry)
    const down = new Ray(new Vector3(0, 1, 0), new Vector3(0, -1, 0))
    expect(bvh.raycastFirst(down, DoubleSide, 0, 2)?.distance).toBeCloseTo(1)
  })
})

describe("three's bundled fflate (scripts/content/usdz.mjs: the USDZ packages)", () => {
  it('is still at three/addons/libs/fflate.module.js and gives zipSync and unzipSync', async () => {
    installed('three/examples/jsm/libs/fflate.module.js', 'scripts/content/usdz.mjs')
    const fflate = await import('three/addons/libs/fflate.module.js')
    expect(typeof fflate.zipSync, "three's fflate no longer exports zipSync").toBe('function')
    expect(typeof fflate.unzipSync, "three's fflate no longer exports unzipSync").toBe('function')
    // tests/unit/quick-look.test.ts packs and reads back a USDZ with it (its 64-byte padding in an extra field).
  })
})

describe("drei's useCursor by its file (src/scene/markers.tsx; drei's index would bring all of drei)", () => {
  it('is still at @react-three/drei/web/useCursor', async () => {
    installed('@react-three/drei/web/useCursor.js', 'src/scene/markers.tsx')
    const { useCursor } = await import('@react-three/drei/web/useCursor')
    expect(typeof useCursor, '@react-three/drei/web/useCursor no longer exports useCursor').toBe('function')
  })
})
