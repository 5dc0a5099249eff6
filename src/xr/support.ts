import { useEffect, useState } from 'react'

export interface XRSupport {
  vr: boolean
  ar: boolean
}

/** Asks the browser which immersive modes it offers; iPhone Safari has no `navigator.xr` and gets neither. */
export async function querySupport(xr: XRSystem | undefined = navigator.xr): Promise<XRSupport> {
  if (!xr) return { vr: false, ar: false }
  const ask = (mode: XRSessionMode) => xr.isSessionSupported(mode).catch(() => false)
  const [vr, ar] = await Promise.all([ask('immersive-vr'), ask('immersive-ar')])
  return { vr, ar }
}

/** The immersive modes this device offers, re-checked when a headset is connected or removed. */
export function useXRSupport(): XRSupport {
  const [support, setSupport] = useState<XRSupport>({ vr: false, ar: false })
  useEffect(() => {
    let live = true
    const update = () => void querySupport().then((s) => live && setSupport(s))
    update()
    navigator.xr?.addEventListener('devicechange', update)
    return () => {
      live = false
      navigator.xr?.removeEventListener('devicechange', update)
    }
  }, [])
  return support
}
