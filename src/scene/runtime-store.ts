import { createLazyService, valueOf } from '../state/lazy-service'
import { useXRLayer, type XRLayerModule } from '../xr/xr-layer-load'

type Runtime = typeof import('./runtime') & {
  /** The WebXR layer where the browser offers an immersive session, else null (nothing of it was fetched). */
  xr: XRLayerModule | null
}

/**
 * three.js and react-three-fiber (and the WebXR layer where usable), fetched by `load()` in the Begin tap (at start
 * on shared devices) so the landing stays light.
 */
export const useRuntime = createLazyService(async (): Promise<Runtime> => {
  // Both at once: the canvas is built with or without the XR layer from the start, never rebuilt for it.
  const [runtime, xr] = await Promise.all([import('./runtime'), useXRLayer.getState().load().then(valueOf)])
  return { ...runtime, xr }
})
