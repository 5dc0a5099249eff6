import { GLTFLoader, type GLTF, type GLTFLoaderPlugin, type GLTFParser } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { takeModel } from './model-fetch'

/**
 * The one glTF loader set-up, for every model the app shows (a cell's room, a headset's controllers and hands):
 * fetched and checked before it is parsed (model-guard.ts, through takeModel), so an oversized model or one naming
 * another host is refused unasked; meshopt-compressed geometry, as the content tool writes it (the decoder is bundled
 * with the site and asked for alongside the model, not after it); and a plugin of the caller's where given (a cell's
 * KTX2 textures, scene/ktx2.ts).
 * @example const room = await loadModel('/models/sizo-cell.glb', textures.plugin)
 */
export async function loadModel(url: string, plugin?: (parser: GLTFParser) => GLTFLoaderPlugin): Promise<GLTF> {
  const loader = import('three/examples/jsm/libs/meshopt_decoder.module.js').then(({ MeshoptDecoder }) => {
    const gltf = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
    return plugin ? gltf.register(plugin) : gltf
  })
  const buffer = await takeModel(url)
  const resourcePath = new URL('.', new URL(url, location.href)).href
  return (await loader).parseAsync(buffer, resourcePath)
}
