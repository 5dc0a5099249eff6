import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Euler, MathUtils, Quaternion, Vector3 } from 'three'
import { applyDrag, applyKey, deviceOrientationQuaternion, lookQuaternion, type LookState } from '../look/look'

/**
 * Counts the changes of the on-screen view (turned, moved, the phone turned), so that per-frame followers skip the
 * frames in which nothing moved. In a typed array: reading and counting allocate nothing, in any tier of the JIT.
 */
const viewChanges = new Int32Array(1)
const viewChanged = () => (viewChanges[0] = (viewChanges[0] ?? 0) + 1)

/** How many times the on-screen view has changed so far; equal between two frames: nothing to redo. */
export function viewVersion(): number {
  return viewChanges[0] ?? 0
}

/**
 * Looking around on screen: drag with mouse or finger, arrow keys, and (after permission) turning the phone.
 * The visitor stands still at eye height; nothing moves them.
 */
export function ScreenLook({
  position,
  yawDegrees,
  eyeHeight,
  motion,
}: {
  position: readonly [number, number, number]
  yawDegrees: number
  eyeHeight: number
  motion: boolean
}) {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const look = useRef<LookState>({ yaw: 0, pitch: 0 })
  const device = useRef({ alpha: 0, beta: 0, gamma: 0, valid: false })
  const scratch = useMemo(
    () => ({
      euler: new Euler(0, 0, 0, 'YXZ'),
      q: new Quaternion(),
      yaw: new Quaternion(),
      up: new Vector3(0, 1, 0),
      // The view version last applied: a view nobody turns is not recomputed every frame.
      applied: new Int32Array([-1]),
    }),
    [],
  )

  useEffect(() => {
    look.current.yaw = MathUtils.degToRad(yawDegrees)
    look.current.pitch = 0
    camera.position.set(position[0], position[1] + eyeHeight, position[2])
    viewChanged()
  }, [camera, position, yawDegrees, eyeHeight])

  useEffect(() => {
    const el = gl.domElement
    let dragging: number | null = null
    let lastX = 0
    let lastY = 0
    const down = (e: PointerEvent) => {
      dragging = e.pointerId
      lastX = e.clientX
      lastY = e.clientY
      el.setPointerCapture?.(e.pointerId)
    }
    const move = (e: PointerEvent) => {
      if (dragging !== e.pointerId) return
      const fov = 'fov' in camera ? (camera as { fov: number }).fov : 70
      applyDrag(look.current, e.clientX - lastX, e.clientY - lastY, el.clientHeight, fov)
      viewChanged()
      lastX = e.clientX
      lastY = e.clientY
    }
    const up = (e: PointerEvent) => {
      if (dragging === e.pointerId) dragging = null
    }
    const key = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return
      if (!applyKey(look.current, e.key)) return
      viewChanged()
      e.preventDefault()
    }
    el.addEventListener('pointerdown', down)
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
    el.addEventListener('pointercancel', up)
    window.addEventListener('keydown', key)
    return () => {
      el.removeEventListener('pointerdown', down)
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
      el.removeEventListener('pointercancel', up)
      window.removeEventListener('keydown', key)
    }
  }, [camera, gl])

  useEffect(() => {
    const d = device.current
    if (!motion) {
      d.valid = false
      return
    }
    const onOrientation = (e: DeviceOrientationEvent) => {
      if (e.alpha == null || e.beta == null || e.gamma == null) return
      d.alpha = e.alpha
      d.beta = e.beta
      d.gamma = e.gamma
      d.valid = true
    }
    window.addEventListener('deviceorientation', onOrientation)
    return () => {
      window.removeEventListener('deviceorientation', onOrientation)
      d.valid = false
    }
  }, [motion])

  useFrame(() => {
    const d = device.current
    if (d.valid) {
      const angle = screen.orientation?.angle ?? 0
      deviceOrientationQuaternion(d.alpha, d.beta, d.gamma, angle, scratch.q)
      // Dragging still turns the view, as an offset about the vertical axis.
      scratch.yaw.setFromAxisAngle(scratch.up, look.current.yaw)
      camera.quaternion.copy(scratch.yaw).multiply(scratch.q)
      scratch.applied[0] = viewChanged()
    } else {
      const version = viewVersion()
      if (scratch.applied[0] === version) return
      scratch.applied[0] = version
      lookQuaternion(look.current, camera.quaternion, scratch.euler)
    }
  })
  return null
}
