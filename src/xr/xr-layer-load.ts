import type { ComponentType } from 'react'
import type { Cell, Manifest } from '../content/schema'
import { createLazyService } from '../state/lazy-service'
import { querySupport } from './support'

/**
 * The WebXR layer as the app loads it: XR itself (xr-layer.tsx), and a cell's parts in a session with the headset's
 * panels, which the shell composes from the features (src/app/xr-layer.tsx) so that XR names none of them.
 */
export type XRLayerModule = Omit<typeof import('./xr-layer'), 'CellInSession'> & {
  /** A cell's parts that exist only in a session, the headset's panels among them. */
  CellXR: ComponentType<{ cell: Cell; manifest: Manifest }>
}

/** Where the layer is fetched from, named by the app at start (main.tsx): a core never names the shell above it. */
let entry: (() => Promise<XRLayerModule>) | null = null

/**
 * Names the module the WebXR layer is fetched from, before the first load.
 * @example provideXRLayer(() => import('./app/xr-layer'))
 */
export function provideXRLayer(load: () => Promise<XRLayerModule>): void {
  entry = load
}

/**
 * Fetches the WebXR layer only where `navigator.xr.isSessionSupported` offers an immersive session; null elsewhere
 * (iPhones, most desktops), which then never download it. A layer that fails to load leaves the on-screen view, as
 * does a page that names none (the studio).
 */
async function loadXRLayer(xr: XRSystem | undefined = navigator.xr): Promise<XRLayerModule | null> {
  const support = await querySupport(xr)
  if ((!support.vr && !support.ar) || !entry) return null
  return entry().catch((e: unknown) => {
    console.warn(`The WebXR layer could not be loaded: ${String(e)}`)
    return null
  })
}

/** The WebXR layer as a lazy service (null where no immersive session is offered); the 3D runtime's loader asks for it. */
export const useXRLayer = createLazyService(() => loadXRLayer())
