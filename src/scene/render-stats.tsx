import { useFrame } from '@react-three/fiber'

/** For the benchmark and the endurance test (`?stats`): the renderer's counts, published on the canvas. */
export function RenderStats() {
  useFrame(({ gl }) => {
    const { render, memory } = gl.info
    const el = gl.domElement
    el.dataset.drawCalls = String(render.calls)
    el.dataset.triangles = String(render.triangles)
    el.dataset.geometries = String(memory.geometries)
    el.dataset.textures = String(memory.textures)
  })
  return null
}
