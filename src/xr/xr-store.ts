import { createXRStore } from '@react-three/xr'
import { SELECT_MS, XRController, XRHand } from './xr-input'
import { xrProfilesBase } from './xr-profiles'

/**
 * The one WebXR store. Controllers, hands and transient pointers (Vision Pro gaze-and-pinch) all select with rays.
 * The DOM overlay is the page's own root, so captions and controls stay readable in handheld AR.
 * Nothing is fetched from another host (the library's defaults would load controller assets from a CDN).
 */
export const xrStore = createXRStore({
  // Controller layouts (build/xr-input-profiles.ts) and models (xr-bodies.tsx, fetched once a session shows them) from this site.
  baseAssetPath: xrProfilesBase(),
  controller: XRController,
  hand: XRHand,
  transientPointer: { clickThresholdMs: SELECT_MS },
  gaze: { clickThresholdMs: SELECT_MS },
  screenInput: { clickThresholdMs: SELECT_MS },
  emulate: false,
  offerSession: false,
  enterGrantedSession: false,
  domOverlay: typeof document === 'undefined' ? false : (document.getElementById('root') ?? false),
  hitTest: true,
  anchors: false,
  layers: false,
  meshDetection: false,
  planeDetection: false,
  bodyTracking: false,
  handTracking: true,
})
