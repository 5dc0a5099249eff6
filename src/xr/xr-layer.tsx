import { IfInSessionMode, XR, useXR } from '@react-three/xr'
import { useEffect, type ReactNode } from 'react'
import { useAppStore } from '../state/app-store'
import type { Cell } from '../content/schema'
import { AdoptVRSession } from './adopt-vr-session'
import { ARPlacement } from './ar-placement'
import { usePlacementStore } from './placement-store'
import { VROrigin } from './vr-origin'
import { xrStore } from './xr-store'

/**
 * The WebXR layer (@react-three/xr, @pmndrs/xr, pointer events): fetched with the 3D runtime only where the browser
 * says an immersive session can start (see xr-layer-load.ts). Phones and desktops without XR never load it. The app
 * loads it through src/app/xr-layer.tsx, which adds what XR does not own: the features' headset panels.
 */
export { xrStore }
export { requestVRSession, cancelVRSession } from './vr-session'

/** Wraps the shared canvas's scene, so sessions, controllers and hands drive it. */
export function XRLayer({ children }: { children: ReactNode }) {
  return (
    <XR store={xrStore}>
      <XRReady />
      {children}
    </XR>
  )
}

/**
 * Says when a session can start: `<XR>` hands the store the canvas's renderer as it renders, so by its children's
 * effects the store is joined; before that `enterVR()` is refused ("not connected to three.js").
 */
function XRReady() {
  const setXRReady = useAppStore((s) => s.setXRReady)
  useEffect(() => {
    setXRReady(true)
    return () => setXRReady(false)
  }, [setXRReady])
  return null
}

/**
 * A cell's parts that exist only in a session: the VR origin and the panels (`hud`), the AR reticle and placement.
 * @param lift how far the origin rises, in metres (a seated visitor sees the cell at standing eye height)
 * @param recentre a count that goes up each time the visitor asks to recentre
 */
export function CellInSession({
  cell,
  lift,
  recentre,
  hud,
}: {
  cell: Cell
  lift: number
  recentre: number
  hud: ReactNode
}) {
  return (
    <>
      <XRModeSync />
      <AdoptVRSession />
      <IfInSessionMode allow="immersive-vr">
        <VROrigin
          start={cell.start.position}
          startYaw={(cell.start.yaw * Math.PI) / 180}
          lift={lift}
          recentre={recentre}
        />
        {hud}
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
