import { DataTexture, LoadingManager, type Material, type Object3D, type Texture, type WebGLRenderer } from 'three'
import type { GLTFLoaderPlugin, GLTFParser } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js'
import { forEachMaterial, forEachTexture } from './materials'
import { afterVoice, inTurn, yieldingToVoice } from '../audio/voice-first'

// One loader per renderer: each holds a transcoder and its workers, and a kiosk opens cells thousands of times.
const loaders = new WeakMap<WebGLRenderer, Promise<KTX2Loader>>()

/**
 * The renderer's KTX2 loader, once its transcoder is in: two files of this site
 * (build/csp-safe-basis-transcoder.ts), a quarter of a megabyte, asked for at once rather than after the first texture file. On a
 * slow connection that is seconds: a voice that starts waiting for its data meanwhile takes the connection, the
 * transcoder's requests are given up, and asked again once the voice is heard (audio/voice-first.ts).
 */
function ktx2Loader(renderer: WebGLRenderer): Promise<KTX2Loader> {
  let loader = loaders.get(renderer)
  if (!loader) {
    loader = import('three/examples/jsm/loaders/KTX2Loader.js').then(({ KTX2Loader }) =>
      yieldingToVoice(async (signal) => {
        const manager = new LoadingManager()
        const ktx2 = new KTX2Loader(manager).detectSupport(renderer)
        const stop = () => manager.abort()
        signal.addEventListener('abort', stop)
        try {
          await ktx2.init()
          return ktx2
        } catch (e) {
          ktx2.dispose()
          throw e
        } finally {
          signal.removeEventListener('abort', stop)
        }
      }),
    )
    loaders.set(renderer, loader)
    // a loader that could not be made is not kept: the next model asks again
    loader.catch(() => {
      if (loaders.get(renderer) === loader) loaders.delete(renderer)
    })
  }
  return loader
}

const BASISU = 'KHR_texture_basisu'

interface GltfJson {
  images?: { uri?: string; extras?: { averageColor?: unknown } }[]
  textures?: { extensions?: Record<string, { source?: number }> }[]
  materials?: {
    normalTexture?: { index?: number }
    emissiveTexture?: { index?: number }
    pbrMetallicRoughness?: { baseColorTexture?: { index?: number } }
  }[]
}

/** The KTX2 image a texture shows, if it has one. */
const basisSource = (json: GltfJson, textureIndex: number) =>
  json.textures?.[textureIndex]?.extensions?.[BASISU]?.source

/**
 * The colour a texture stands in with until it is in: the average the content tool noted on it (`extras.averageColor`,
 * sRGB), a flat normal for a normal map, mid grey for other colours, white (no effect) for the rest.
 */
function standInColour(json: GltfJson, textureIndex: number): [number, number, number] {
  const source = basisSource(json, textureIndex)
  const noted = source === undefined ? undefined : json.images?.[source]?.extras?.averageColor
  if (typeof noted === 'string' && /^#[0-9a-f]{6}$/i.test(noted))
    return [1, 3, 5].map((i) => parseInt(noted.slice(i, i + 2), 16)) as [number, number, number]
  const materials = json.materials ?? []
  if (materials.some((m) => m.normalTexture?.index === textureIndex)) return [128, 128, 255]
  if (
    materials.some(
      (m) =>
        m.pbrMetallicRoughness?.baseColorTexture?.index === textureIndex || m.emissiveTexture?.index === textureIndex,
    )
  )
    return [128, 128, 128]
  return [255, 255, 255]
}

/** The textures beside a model come in two at a time, after any voice that waits (the loader's own fetch too). */
const textureTurn = inTurn(2)

interface Pending {
  /** the file, as the GLB names it */
  file: string
  standIn: Texture
  arriving: Promise<Texture>
  /** set once it has arrived */
  texture?: Texture
}

/**
 * KTX2 textures for a model (`KHR_texture_basisu`). Those stored in the GLB are transcoded before the model is shown,
 * as three's own plugin does; those the GLB names beside itself (what the content tool writes) are not waited for: each
 * stands in as one texel of its average colour, so the room is drawn from its geometry alone. They are fetched and
 * transcoded from the moment the GLB is parsed (its bytes are in: the network has nothing else to do for the first
 * frame) and put in place by `bringIn`, once that frame is drawn. The KTX2 loader and its transcoder are fetched only
 * when a model needs them.
 */
export class Ktx2Textures {
  private pending: Pending[] = []

  constructor(private renderer: WebGLRenderer) {}

  private besideCount = 0

  /** How many of the model's textures are files beside it (brought in after it, or already put in place). */
  get beside(): number {
    return this.besideCount
  }

  /** The GLTFLoader plugin; it takes the place of three's own for KTX2 (same name). */
  readonly plugin = (
    parser: GLTFParser,
  ): GLTFLoaderPlugin & { loadTexture(index: number): Promise<Texture> | null } => ({
    name: BASISU,
    beforeRoot: async () => {
      const json = parser.json as GltfJson
      // stored in the GLB: transcoded before the model is shown, so the loader is wanted now
      const stored = (json.textures ?? []).some((_, i) => {
        const source = basisSource(json, i)
        return source !== undefined && json.images?.[source]?.uri === undefined
      })
      if (stored) (parser.options as { ktx2Loader?: KTX2Loader }).ktx2Loader = await ktx2Loader(this.renderer)
    },
    loadTexture: (textureIndex: number) => {
      const json = parser.json as GltfJson
      const source = basisSource(json, textureIndex)
      if (source === undefined) return null
      if (json.images?.[source]?.uri === undefined) {
        const loader = (parser.options as { ktx2Loader?: KTX2Loader }).ktx2Loader
        return loader ? parser.loadTextureImage(textureIndex, source, loader) : null
      }
      const standIn = new DataTexture(new Uint8Array([...standInColour(json, textureIndex), 255]), 1, 1)
      standIn.needsUpdate = true
      // Each in its turn: a few at a time, and none started while a voice waits for its data (voice-first.ts).
      const arriving = textureTurn(async () => {
        const loader = await ktx2Loader(this.renderer)
        await afterVoice()
        return parser.loadTextureImage(textureIndex, source, loader)
      })
      const pending: Pending = { file: json.images?.[source]?.uri ?? `texture ${textureIndex}`, standIn, arriving }
      // a failure is told by bringIn, which awaits it; until then it is not an unhandled one
      arriving.then((texture) => (pending.texture = texture)).catch(() => undefined)
      this.pending.push(pending)
      this.besideCount++
      return Promise.resolve(standIn)
    },
  })

  /**
   * Puts the textures already in on `root`'s materials (on a fast connection, all of them before the room is first
   * drawn: it never shows plain colours), leaving the others standing in.
   */
  applyArrived(root: Object3D): void {
    this.pending = this.pending.filter(({ standIn, texture }) => {
      if (texture) replace(root, standIn, texture)
      return !texture
    })
  }

  /**
   * Puts the textures that stood in place on `root`'s materials, each as soon as it is in (`arrived` is called then,
   * to draw a frame). Stops once `live()` is false (the model was closed).
   * @returns the files that could not be brought in (their surfaces keep their colour)
   */
  async bringIn(root: Object3D, live: () => boolean, arrived: () => void): Promise<string[]> {
    const pending = this.pending
    this.pending = []
    const missing: string[] = []
    await Promise.all(
      pending.map(async ({ file, standIn, arriving }) => {
        try {
          const texture = await arriving
          if (!live()) return texture.dispose()
          replace(root, standIn, texture)
          arrived()
        } catch {
          missing.push(file)
        }
      }),
    )
    return missing
  }
}

/** Puts `texture` where `standIn` (or a copy of it, for another UV set or transform) is used on `root`'s materials. */
function replace(root: Object3D, standIn: Texture, texture: Texture) {
  forEachMaterial(root, (material) =>
    forEachTexture(material, (used, slot) => {
      if (used.source !== standIn.source) return
      const next = used === standIn ? texture : texture.clone()
      if (next !== texture) {
        next.channel = used.channel
        next.offset.copy(used.offset)
        next.repeat.copy(used.repeat)
        next.center.copy(used.center)
        next.rotation = used.rotation
      }
      next.colorSpace = used.colorSpace
      ;(material as Material & Record<string, unknown>)[slot] = next
      material.needsUpdate = true
      used.dispose()
    }),
  )
}
