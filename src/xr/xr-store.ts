import { createXRStore } from '@react-three/xr'

/**
 * The one WebXR store. Controllers, hands and transient pointers (Vision Pro gaze-and-pinch) all select with rays.
 * The DOM overlay is the page's own root, so captions and controls stay readable in handheld AR.
 */
export const xrStore = createXRStore({
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
