import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { Ktx2Textures } from './ktx2'
import { takeModel } from './model-fetch'

/**
 * The one glTF loader set-up: meshopt-compressed geometry, as the content tool writes it (the decoder is bundled with
 * the site and fetched with the first model), and a model's KTX2 textures where `textures` is given.
 */
async function gltfLoader(textures?: Ktx2Textures): Promise<GLTFLoader> {
  const { MeshoptDecoder } = await import('three/examples/jsm/libs/meshopt_decoder.module.js')
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  return textures ? loader.register(textures.plugin) : loader
}

/**
 * A cell's model, checked before it is parsed (model-guard.ts, through takeModel): an oversized model or one naming
 * another host is refused unasked. In the app and in the studio alike.
 */
export async function loadCellModel(url: string, textures: Ktx2Textures): Promise<GLTF> {
  // the decoder is asked for alongside the model, not after it
  const loader = gltfLoader(textures)
  const buffer = await takeModel(url)
  const resourcePath = new URL('.', new URL(url, location.href)).href
  return (await loader).parseAsync(buffer, resourcePath)
}
