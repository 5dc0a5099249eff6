import type { ShownIn } from '../content/schema'
import type { DeploymentMode } from './deployment'

/**
 * Where the visitor is, as a testimony's consent scope names places: an exhibition's shared headsets and a kiosk by
 * their deployment, whatever the session; on a visitor's own device, VR is `headset`, AR is `ar`, else `web`.
 * @example venue('visitor', 'immersive-vr') // 'headset'
 */
export function venue(mode: DeploymentMode, xrMode: 'none' | 'immersive-vr' | 'immersive-ar'): ShownIn {
  if (mode === 'kiosk') return 'kiosk'
  if (mode === 'exhibition') return 'exhibition'
  return xrMode === 'immersive-vr' ? 'headset' : xrMode === 'immersive-ar' ? 'ar' : 'web'
}
