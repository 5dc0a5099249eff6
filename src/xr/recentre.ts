/**
 * Recentring (XAUR 13a): where the XR origin must stand so that the visitor's head, wherever it has wandered in
 * their tracked space, is back on the cell's start spot and faces the start direction. Plain maths, no allocation.
 */
export interface OriginPose {
  x: number
  z: number
  /** Rotation about +y, radians. */
  yaw: number
}

/**
 * @param start the cell's start spot (x, z) and yaw in radians
 * @param head the head's position (x, z) and yaw in the tracked (reference) space, before the origin is applied
 */
export function recentredOrigin(start: OriginPose, head: OriginPose, out: OriginPose): OriginPose {
  const yaw = start.yaw - head.yaw
  const c = Math.cos(yaw)
  const s = Math.sin(yaw)
  // world = origin + R(yaw) · head: choose the origin that puts the head on the start spot.
  out.x = start.x - (c * head.x + s * head.z)
  out.z = start.z - (-s * head.x + c * head.z)
  out.yaw = yaw
  return out
}
