import { useLoader } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Mesh, Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'

/** The reconstructed room, at real scale, as authored (metres, origin at the floor's centre). */
export function CellModel({ url }: { url: string }) {
  const gltf = useLoader(GLTFLoader, url)
  useEffect(() => {
    gltf.scene.traverse((o: Object3D) => {
      const mesh = o as Mesh
      // Markers and pointer rays must not be blocked by the room's own surfaces.
      if (mesh.isMesh) mesh.raycast = () => undefined
    })
  }, [gltf])
  return <primitive object={gltf.scene} />
}
