import { createLazyService } from '../state/lazy-service'
import { querySupport } from './support'

export type XRLayerModule = typeof import('./xr-layer')

/**
 * Fetches the WebXR layer only where `navigator.xr.isSessionSupported` offers an immersive session; null elsewhere
 * (iPhones, most desktops), which then never download it. A layer that fails to load leaves the on-screen view.
 */
async function loadXRLayer(xr: XRSystem | undefined = navigator.xr): Promise<XRLayerModule | null> {
  const support = await querySupport(xr)
  if (!support.vr && !support.ar) return null
  return import('./xr-layer').catch((e: unknown) => {
    console.warn(`The WebXR layer could not be loaded: ${String(e)}`)
    return null
  })
}

/** The WebXR layer as a lazy service (null where no immersive session is offered); the 3D runtime's loader asks for it. */
export const useXRLayer = createLazyService(() => loadXRLayer())
