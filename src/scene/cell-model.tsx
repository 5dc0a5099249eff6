import { useLoader, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Mesh, Object3D, Plane } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'

/**
 * The reconstructed room, at real scale, as authored (metres, origin at the floor's centre).
 * `cutaway` clips everything above a world-space plane: a tabletop model is seen from above, through its ceiling.
 */
export function CellModel({ url, cutaway = null }: { url: string; cutaway?: Plane | null }) {
  const gltf = useLoader(GLTFLoader, url)
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    gltf.scene.traverse((o: Object3D) => {
      const mesh = o as Mesh
      // Markers and pointer rays must not be blocked by the room's own surfaces.
      if (mesh.isMesh) mesh.raycast = () => undefined
    })
  }, [gltf])
  useEffect(() => {
    if (cutaway) gl.localClippingEnabled = true
    const planes = cutaway ? [cutaway] : null
    gltf.scene.traverse((o: Object3D) => {
      const mesh = o as Mesh
      if (!mesh.isMesh) return
      for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) {
        material.clippingPlanes = planes
        material.needsUpdate = true
      }
    })
  }, [gltf, gl, cutaway])
  return <primitive object={gltf.scene} />
}
