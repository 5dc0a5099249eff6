import type { DeploymentMode } from '../state/deployment'
import { addDayCount } from './day-counts'
import { watchCounting } from './watch'

/**
 * Kiosks and exhibition headsets: the same events, counted per day on the device and sent nowhere; the kiosk's staff
 * view shows them and saves them as CSV.
 */
export function startDeviceCounting(mode: DeploymentMode, storage: Storage | null, keepDays: number): () => void {
  return watchCounting(mode, (e) => addDayCount(storage, e, new Date(), keepDays))
}
