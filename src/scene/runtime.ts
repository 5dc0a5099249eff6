/** The 3D runtime (three.js, react-three-fiber, WebXR), fetched only after Begin. */
export { SceneRoot } from './scene-root'
export { AttractScene } from './attract-scene'
export { Stage, lastFrameAt, useStageFailure } from './stage'
export { xrStore } from '../xr/xr-store'
export { requestVRSession, cancelVRSession } from '../xr/vr-session'

import { xrStore } from '../xr/xr-store'

/** Starts an immersive session from a tap. */
export function enterXR(mode: 'immersive-vr' | 'immersive-ar'): Promise<XRSession | undefined> {
  return mode === 'immersive-vr' ? xrStore.enterVR() : xrStore.enterAR()
}

export function exitXR(): void {
  void xrStore.getState().session?.end()
}
