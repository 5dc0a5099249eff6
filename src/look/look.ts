import { Euler, MathUtils, Quaternion, Vector3 } from 'three'

/** How a visitor on screen is looking: yaw about +y and pitch, in radians. */
export interface LookState {
  yaw: number
  pitch: number
}

const MAX_PITCH = MathUtils.degToRad(80)

/** Dragging right turns the view left: the world moves with the finger, as in a photo sphere. */
export function applyDrag(state: LookState, dxPixels: number, dyPixels: number, viewportHeight: number, fov: number) {
  const radiansPerPixel = MathUtils.degToRad(fov) / Math.max(1, viewportHeight)
  state.yaw += dxPixels * radiansPerPixel
  state.pitch = MathUtils.clamp(state.pitch + dyPixels * radiansPerPixel, -MAX_PITCH, MAX_PITCH)
  return state
}

/** Arrow keys turn by 10°. */
export function applyKey(state: LookState, key: string): boolean {
  const step = MathUtils.degToRad(10)
  if (key === 'ArrowLeft') state.yaw += step
  else if (key === 'ArrowRight') state.yaw -= step
  else if (key === 'ArrowUp') state.pitch = Math.min(MAX_PITCH, state.pitch + step)
  else if (key === 'ArrowDown') state.pitch = Math.max(-MAX_PITCH, state.pitch - step)
  else return false
  return true
}

export function lookQuaternion(state: LookState, out: Quaternion, euler = new Euler(0, 0, 0, 'YXZ')): Quaternion {
  euler.set(state.pitch, state.yaw, 0, 'YXZ')
  return out.setFromEuler(euler)
}

const zee = new Vector3(0, 0, 1)
const deviceEuler = new Euler()
const screenTurn = new Quaternion()
// The camera looks out of the back of the device, not out of its top (−90° about x).
const backOfDevice = new Quaternion(-Math.sqrt(0.5), 0, 0, Math.sqrt(0.5))

/**
 * Camera orientation for a phone held up to look through, from DeviceOrientationEvent angles in degrees
 * (the W3C reference algorithm, as three's former DeviceOrientationControls).
 */
export function deviceOrientationQuaternion(
  alpha: number,
  beta: number,
  gamma: number,
  screenAngle: number,
  out: Quaternion,
): Quaternion {
  deviceEuler.set(MathUtils.degToRad(beta), MathUtils.degToRad(alpha), -MathUtils.degToRad(gamma), 'YXZ')
  out.setFromEuler(deviceEuler)
  out.multiply(backOfDevice)
  out.multiply(screenTurn.setFromAxisAngle(zee, -MathUtils.degToRad(screenAngle)))
  return out
}
