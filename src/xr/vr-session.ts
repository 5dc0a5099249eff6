import { createStore } from 'zustand/vanilla'

interface PendingVR {
  /** A session granted before the 3D view existed, waiting for it (see AdoptVRSession). */
  session: XRSession | null
  /** Counts requests, so one that resolves after being cancelled is ended instead of shown. */
  request: number
}

/** The session asked for by a one-tap start, until the cell's 3D view takes it over. */
export const pendingVRSession = createStore<PendingVR>(() => ({ session: null, request: 0 }))

/** The features the XR store asks for (see xr-store.ts): floor-level space, hands, hit test, the page as overlay. */
function vrSessionInit(): XRSessionInit {
  const root = document.getElementById('root')
  return {
    requiredFeatures: ['local-floor'],
    optionalFeatures: ['hand-tracking', 'dom-overlay', 'hit-test'],
    ...(root ? { domOverlay: { root } } : {}),
  }
}

/**
 * Asks for an immersive VR session before the 3D view exists, so one tap can open a cell and enter VR: browsers
 * grant immersive sessions only inside the tap's own handler, while the cell's canvas appears a moment later.
 * The granted session waits in {@link pendingVRSession} until `AdoptVRSession` hands it to the renderer.
 * @example requestVRSession().catch(showError); enterCell(id)
 */
export function requestVRSession(xr: XRSystem | undefined = navigator.xr): Promise<XRSession> {
  if (!xr) return Promise.reject(new Error('this browser has no WebXR'))
  const request = pendingVRSession.getState().request + 1
  pendingVRSession.setState({ request })
  return xr.requestSession('immersive-vr', vrSessionInit()).then((session) => {
    if (pendingVRSession.getState().request !== request) {
      void session.end().catch(() => undefined)
      return session
    }
    session.addEventListener(
      'end',
      () => {
        if (pendingVRSession.getState().session === session) pendingVRSession.setState({ session: null })
      },
      { once: true },
    )
    pendingVRSession.setState({ session })
    return session
  })
}

/** Ends a session asked for but not yet shown, and one still being asked for once it arrives. */
export function cancelVRSession(): void {
  const { session, request } = pendingVRSession.getState()
  pendingVRSession.setState({ session: null, request: request + 1 })
  void session?.end().catch(() => undefined)
}
