import { useFrame, useThree } from '@react-three/fiber'
import { XROrigin } from '@react-three/xr'
import { useEffect, useMemo, useRef } from 'react'
import { Euler, Quaternion, Vector3, type Group } from 'three'
import { recentredOrigin, type OriginPose } from './recentre'

/**
 * Where the visitor stands in the cell in a headset: at its start spot, raised to standing eye height when they
 * sit (seated mode), and turned back to the start spot and direction when they ask to recentre. Nothing moves on
 * its own: only the visitor's own choices move the origin.
 * @param lift how far the origin rises, in metres (seated mode)
 * @param recentre a count that goes up each time the visitor asks to recentre
 */
export function VROrigin({
  start,
  startYaw,
  lift,
  recentre,
}: {
  start: readonly [number, number, number]
  startYaw: number
  lift: number
  recentre: number
}) {
  const origin = useRef<Group>(null)
  const gl = useThree((s) => s.gl)
  const pose = useMemo<OriginPose>(() => ({ x: start[0], z: start[2], yaw: startYaw }), [start, startYaw])
  const scratch = useMemo(
    () => ({
      euler: new Euler(0, 0, 0, 'YXZ'),
      q: new Quaternion(),
      eye: new Vector3(),
      head: { x: 0, z: 0, yaw: 0 },
      shown: [NaN, NaN, NaN],
    }),
    [],
  )

  // A recentring request since this cell opened: the head's tracked pose goes back to the start.
  const handled = useRef(recentre)
  useEffect(() => {
    if (handled.current === recentre) return
    handled.current = recentre
    const g = origin.current
    if (!g) return
    // The head in the tracked space: its world pose seen from the origin as it stands now.
    const head = gl.xr.getCamera()
    g.updateMatrixWorld()
    g.worldToLocal(head.getWorldPosition(scratch.eye))
    head.getWorldQuaternion(scratch.q)
    scratch.euler.setFromQuaternion(scratch.q, 'YXZ')
    scratch.head.x = scratch.eye.x
    scratch.head.z = scratch.eye.z
    scratch.head.yaw = scratch.euler.y - g.rotation.y
    recentredOrigin({ x: start[0], z: start[2], yaw: startYaw }, scratch.head, pose)
    g.position.x = pose.x
    g.position.z = pose.z
    g.rotation.y = pose.yaw
  }, [recentre, gl, start, startYaw, pose, scratch])

  useEffect(() => {
    if (origin.current) origin.current.position.y = lift
  }, [lift])

  // Where the eyes are in the cell, published on the canvas (`data-eye`: x,y,z in centimetres) for tests and
  // integrators; written on change only.
  useFrame(() => {
    const e = gl.xr.getCamera().getWorldPosition(scratch.eye)
    const s = scratch.shown
    const x = Math.round(e.x * 100)
    const y = Math.round(e.y * 100)
    const z = Math.round(e.z * 100)
    if (x === s[0] && y === s[1] && z === s[2]) return
    s[0] = x
    s[1] = y
    s[2] = z
    gl.domElement.dataset.eye = `${x},${y},${z}`
  })
  useEffect(() => {
    const el = gl.domElement
    return () => {
      delete el.dataset.eye
    }
  }, [gl])

  return <XROrigin ref={origin} position={[pose.x, lift, pose.z]} rotation-y={pose.yaw} />
}
