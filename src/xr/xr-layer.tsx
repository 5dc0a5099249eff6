import { IfInSessionMode, XR, useXR } from '@react-three/xr'
import { useEffect, type ReactNode } from 'react'
import { useAppStore } from '../state/app-store'
import type { Cell, Manifest } from '../content/schema'
import { AdoptVRSession } from './adopt-vr-session'
import { ARPlacement } from './ar-placement'
import { usePlacementStore } from './placement-store'
import { VRHud } from './vr-hud'
import { VROrigin } from './vr-origin'
import { xrStore } from './xr-store'

/**
 * The WebXR layer (@react-three/xr, @pmndrs/xr, pointer events): fetched with the 3D runtime only where the browser
 * says an immersive session can start (see xr-layer-load.ts). Phones and desktops without XR never load it.
 */
export { xrStore }
export { requestVRSession, cancelVRSession } from './vr-session'

/** Wraps the shared canvas's scene, so sessions, controllers and hands drive it. */
export function XRLayer({ children }: { children: ReactNode }) {
  return <XR store={xrStore}>{children}</XR>
}

/** A cell's parts that exist only in a session: the VR origin and panels, the AR reticle and placement. */
export function CellXR({ cell, manifest }: { cell: Cell; manifest: Manifest }) {
  return (
    <>
      <XRModeSync />
      <AdoptVRSession />
      <IfInSessionMode allow="immersive-vr">
        <VROrigin start={cell.start.position} startYaw={(cell.start.yaw * Math.PI) / 180} />
        <VRHud cell={cell} manifest={manifest} />
      </IfInSessionMode>
      <IfInSessionMode allow="immersive-ar">
        <ARPlacement depth={cell.dimensions.depth} />
      </IfInSessionMode>
    </>
  )
}

/** Starts an immersive session from a tap. */
export function enterXR(mode: 'immersive-vr' | 'immersive-ar'): Promise<XRSession | undefined> {
  return mode === 'immersive-vr' ? xrStore.enterVR() : xrStore.enterAR()
}

export function exitXR(): void {
  void xrStore.getState().session?.end()
}

/** Publishes the session mode to the page (the scene reads it there), and forgets an AR placement after AR. */
function XRModeSync() {
  const mode = useXR((s) => s.mode)
  const setXRMode = useAppStore((s) => s.setXRMode)
  useEffect(() => {
    setXRMode(mode === 'immersive-vr' || mode === 'immersive-ar' ? mode : 'none')
    if (mode !== 'immersive-ar') usePlacementStore.getState().reset()
  }, [mode, setXRMode])
  useEffect(() => () => setXRMode('none'), [setXRMode])
  return null
}
