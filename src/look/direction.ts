/** Where a spot is, seen from where a visitor starts: one of eight directions around them. */
export type Direction =
  'ahead' | 'aheadLeft' | 'left' | 'behindLeft' | 'behind' | 'behindRight' | 'right' | 'aheadRight'

/** Within this many degrees of straight ahead (or straight behind) a spot counts as ahead (behind), not beside. */
const STRAIGHT = 20
/** Within this many degrees of the side a spot counts as to the left or right. */
const SIDE = 20

/**
 * The direction of `spot` from a visitor standing at `from` and facing `yawDegrees` (about +y; 0 looks along −z, as
 * three.js cameras and the cells' start views do; positive turns left). Height is ignored: "ahead" may be low or high.
 * @example directionFrom([0, 1.6, -1.75], [0, 0, 0.9], 0) // 'ahead'
 */
export function directionFrom(
  spot: readonly [number, number, number],
  from: readonly [number, number, number],
  yawDegrees: number,
): Direction {
  const yaw = (yawDegrees * Math.PI) / 180
  const dx = spot[0] - from[0]
  const dz = spot[2] - from[2]
  // Facing (−sin yaw, −cos yaw) in x/z; the right hand points to (cos yaw, −sin yaw).
  const ahead = -dx * Math.sin(yaw) - dz * Math.cos(yaw)
  const right = dx * Math.cos(yaw) - dz * Math.sin(yaw)
  if (Math.abs(ahead) < 1e-9 && Math.abs(right) < 1e-9) return 'ahead'
  const angle = (Math.atan2(right, ahead) * 180) / Math.PI // 0 ahead, +90 right, ±180 behind
  const off = Math.abs(angle)
  const side = angle < 0 ? 'Left' : 'Right'
  if (off <= STRAIGHT) return 'ahead'
  if (off >= 180 - STRAIGHT) return 'behind'
  if (Math.abs(off - 90) <= SIDE) return side === 'Left' ? 'left' : 'right'
  return off < 90 ? `ahead${side}` : `behind${side}`
}
