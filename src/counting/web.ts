import type { DeploymentMode } from '../state/deployment'
import { COUNT_PATH, countQuery, type CountEvent } from './events'
import { watchCounting } from './watch'

/** Only what the beacon needs of the browser. */
type BeaconNavigator = Pick<Navigator, 'sendBeacon'>

/**
 * Sends each event to the site's own path with `navigator.sendBeacon`, its fields in the address's query and no body:
 * no cookie is set or read, no storage used, and the page's `no-referrer` policy keeps the referrer off.
 * @example beaconSender(navigator, '/')({ event: 'visit', cell: null, testimony: null, lang: 'en', mode: 'screen' })
 */
export function beaconSender(nav: BeaconNavigator, base: string): (e: CountEvent) => void {
  return (e) => {
    try {
      nav.sendBeacon(`${base}${COUNT_PATH}?${countQuery(e)}`)
    } catch {
      // A beacon refused (a full queue) is a count lost, never a visitor's problem.
    }
  }
}

/** Counting on the web, loaded only where the deployment turned it on and the browser sends no Global Privacy Control. */
export function startWebCounting(mode: DeploymentMode, base: string): () => void {
  return watchCounting(mode, beaconSender(navigator, base))
}
