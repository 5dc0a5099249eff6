import { useThree } from '@react-three/fiber'
import { useXR, useXRHitTest } from '@react-three/xr'
import { useEffect, useMemo, useRef } from 'react'
import { Matrix4, Quaternion, RingGeometry, Vector3, type Mesh } from 'three'
import { FloorTracker, isHorizontalUp, placeCell } from './placement'
import { usePlacementStore } from './placement-store'

/**
 * AR: a reticle follows the floor (hit test from the centre of the view); a tap or trigger places the cell there,
 * life size to walk into or as a tabletop model.
 */
export function ARPlacement({ depth }: { depth: number }) {
  const reticle = useRef<Mesh>(null)
  const placed = usePlacementStore((s) => s.placement != null)
  const session = useXR((s) => s.session)
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const hit = useRef({ valid: false, position: new Vector3() })
  const v = useMemo(
    () => ({
      p: new Vector3(),
      m: new Matrix4(),
      q: new Quaternion(),
      n: new Vector3(),
      s: new Vector3(),
      eye: new Vector3(),
    }),
    [],
  )
  const floor = useMemo(() => new FloorTracker(), [])
  const ring = useMemo(() => new RingGeometry(0.12, 0.16, 48).rotateX(-Math.PI / 2), [])
  useEffect(() => () => ring.dispose(), [ring])

  useXRHitTest((results, getWorldMatrix) => {
    const r = reticle.current
    if (!r) return
    hit.current.valid = false
    if (usePlacementStore.getState().placement) {
      r.visible = false
      return
    }
    const eyeY = (gl.xr.isPresenting ? gl.xr.getCamera() : camera).getWorldPosition(v.eye).y
    const { scale } = usePlacementStore.getState()
    // Life size stands on the floor only: the ray may meet a desk first, so every horizontal hit is weighed.
    for (const result of results) {
      if (!getWorldMatrix(v.m, result)) continue
      v.m.decompose(v.p, v.q, v.s)
      v.n.set(0, 1, 0).applyQuaternion(v.q)
      if (!isHorizontalUp(v.n.y) || !floor.accepts(v.p.y, eyeY, scale)) continue
      if (hit.current.valid && v.p.y >= hit.current.position.y) continue
      hit.current.valid = true
      hit.current.position.copy(v.p)
      if (scale === 'tabletop') break
    }
    r.visible = hit.current.valid
    if (hit.current.valid) r.position.copy(hit.current.position)
  }, 'viewer')

  useEffect(() => {
    if (!placed) floor.reset()
  }, [placed, floor])

  useEffect(() => {
    if (!session || placed) return
    const onSelect = () => {
      if (!hit.current.valid) return
      const eye = (gl.xr.isPresenting ? gl.xr.getCamera() : camera).getWorldPosition(v.eye)
      const p = hit.current.position
      const { scale, place } = usePlacementStore.getState()
      place(placeCell({ x: p.x, y: p.y, z: p.z }, { x: eye.x, y: eye.y, z: eye.z }, depth, scale))
    }
    session.addEventListener('select', onSelect)
    return () => session.removeEventListener('select', onSelect)
  }, [session, placed, depth, camera, gl, v])

  return (
    <mesh ref={reticle} name="ar-reticle" geometry={ring} visible={false}>
      <meshBasicMaterial color="#ffffff" toneMapped={false} />
    </mesh>
  )
}
