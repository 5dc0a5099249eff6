import { SEATED_EYE_M, STANDING_EYE_M, useComfort } from '../state/comfort'
import type { Cell, Manifest } from '../content/schema'
import { VRHud } from '../ui/vr-hud'
import { CellInSession } from '../xr/xr-layer'

/**
 * The WebXR layer as the app loads it (named in main.tsx, fetched by xr/xr-layer-load.ts in one chunk, only where an
 * immersive session is offered): XR itself, with what the shell puts on top of it, the headset's face of the cell
 * view (each feature's panel in it) and the visitor's comfort choices that move the origin.
 */
export { XRLayer, xrStore, requestVRSession, cancelVRSession, enterXR, exitXR } from '../xr/xr-layer'

/** A cell's parts that exist only in a session, with the HUD and the seated and recentre choices. */
export function CellXR({ cell, manifest }: { cell: Cell; manifest: Manifest }) {
  const seated = useComfort((s) => s.seated)
  const recentre = useComfort((s) => s.recentre)
  return (
    <CellInSession
      cell={cell}
      lift={seated ? STANDING_EYE_M - SEATED_EYE_M : 0}
      recentre={recentre}
      hud={<VRHud cell={cell} manifest={manifest} />}
    />
  )
}
