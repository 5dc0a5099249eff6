import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { useStore } from 'zustand'
import { pendingVRSession } from './vr-session'

/**
 * Inside `<XR>`: gives a session granted by a one-tap start (see requestVRSession) to this canvas's renderer.
 * three.js then announces `sessionstart`, which the XR store binds to as if it had entered VR itself.
 */
export function AdoptVRSession() {
  const xr = useThree((s) => s.gl.xr)
  const session = useStore(pendingVRSession, (s) => s.session)
  useEffect(() => {
    // Taken once, also when an effect runs twice in development.
    if (!session || pendingVRSession.getState().session !== session) return
    pendingVRSession.setState({ session: null })
    xr.setSession(session).catch((e: unknown) => {
      console.warn(`The VR session could not be shown: ${String(e)}`)
      void session.end().catch(() => undefined)
    })
  }, [xr, session])
  return null
}
