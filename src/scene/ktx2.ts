import type { WebGLRenderer } from 'three'
import type { GLTFLoaderPlugin, GLTFParser } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js'

// One loader per renderer: each holds a transcoder and its workers, and a kiosk opens cells thousands of times.
const loaders = new WeakMap<WebGLRenderer, Promise<KTX2Loader>>()

function ktx2Loader(renderer: WebGLRenderer): Promise<KTX2Loader> {
  let loader = loaders.get(renderer)
  if (!loader) {
    // its transcoder comes with it, two files of this site (vite.config.ts: cspSafeBasisTranscoder)
    loader = import('three/examples/jsm/loaders/KTX2Loader.js').then(({ KTX2Loader }) =>
      new KTX2Loader().detectSupport(renderer),
    )
    loaders.set(renderer, loader)
  }
  return loader
}

/**
 * A GLTFLoader plugin that brings in the KTX2 loader (and its transcoder) only for models whose textures are KTX2
 * (`KHR_texture_basisu`), before any texture of the model is read; other models load none of it.
 */
export function ktx2OnDemand(renderer: WebGLRenderer) {
  return (parser: GLTFParser): GLTFLoaderPlugin => ({
    name: 'ktx2-on-demand',
    async beforeRoot() {
      const used = (parser.json as { extensionsUsed?: string[] }).extensionsUsed ?? []
      if (used.includes('KHR_texture_basisu'))
        (parser.options as { ktx2Loader?: KTX2Loader }).ktx2Loader = await ktx2Loader(renderer)
    },
  })
}
