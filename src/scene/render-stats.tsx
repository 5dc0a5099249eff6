import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { sceneTextureBytes } from './texture-memory'

/**
 * For the benchmark and the endurance test (`?stats`): the renderer's counts, published on the canvas, and the GPU
 * memory of the scene's textures (`data-texture-bytes`), counted again only when the number of textures changes.
 */
export function RenderStats() {
  const counted = useRef(-1)
  useFrame(({ gl, scene }) => {
    const { render, memory } = gl.info
    const el = gl.domElement
    el.dataset.drawCalls = String(render.calls)
    el.dataset.triangles = String(render.triangles)
    el.dataset.geometries = String(memory.geometries)
    el.dataset.textures = String(memory.textures)
    if (counted.current === memory.textures) return
    counted.current = memory.textures
    el.dataset.textureBytes = String(sceneTextureBytes(scene))
  })
  return null
}
