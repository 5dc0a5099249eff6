import { createXRStore } from '@react-three/xr'

/** A trigger or pinch held this long still selects (the library's 300 ms default misses a slow, careful press). */
const SELECT_MS = 1500

/**
 * The one WebXR store. Controllers, hands and transient pointers (Vision Pro gaze-and-pinch) all select with rays.
 * The DOM overlay is the page's own root, so captions and controls stay readable in handheld AR.
 * Nothing is fetched from another host (the library's defaults would load controller assets from a CDN).
 */
export const xrStore = createXRStore({
  // Controller layouts from this site (see vite.config.ts); controller and hand models are not fetched at all.
  baseAssetPath: `${new URL(import.meta.env.BASE_URL + 'xr-profiles/', location.href)}`,
  controller: { model: false, rayPointer: { clickThresholdMs: SELECT_MS } },
  hand: { model: false, rayPointer: { clickThresholdMs: SELECT_MS } },
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
