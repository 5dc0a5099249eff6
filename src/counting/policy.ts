import type { Deployment } from '../state/deployment'

/**
 * Whether and where this page counts: `device` on kiosks and exhibition headsets (kept there, sent nowhere), `web`
 * where the deployment turned counting on, else nothing. A browser that sends Global Privacy Control is never counted.
 */
export function countingFor(
  deployment: Pick<Deployment, 'mode' | 'counting'>,
  nav: { globalPrivacyControl?: unknown },
): 'web' | 'device' | null {
  if (nav.globalPrivacyControl === true) return null
  if (deployment.mode !== 'visitor') return 'device'
  return deployment.counting ? 'web' : null
}
