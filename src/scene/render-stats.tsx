import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { useBakedLight } from './baked-light-store'
import { frameCost } from './draw-on-change'
import { sceneTextureBytes } from './texture-memory'

/**
 * For the benchmark and the endurance test (`?stats`): the renderer's counts, published on the canvas, and the GPU
 * memory of the scene's textures (`data-texture-bytes`), counted again only when the number of textures changes or
 * the room's textures have come in (`data-room-textures`, cell-model.tsx).
 */
export function RenderStats() {
  const counted = useRef(-1)
  const countedWith = useRef<string | undefined>(undefined)
  const baked = useBakedLight((s) => s.baked)
  const shown = useBakedLight((s) => s.shown)
  const gl = useThree((s) => s.gl)
  // whether the model is in and with which light: `data-model="shown"`, `data-light="baked"` or `"live"`
  useEffect(() => {
    const el = gl.domElement
    if (shown) {
      el.dataset.model = 'shown'
      el.dataset.light = baked ? 'baked' : 'live'
    } else {
      delete el.dataset.model
      delete el.dataset.light
    }
  }, [gl, baked, shown])
  useFrame(({ gl, scene }) => {
    const { render, memory } = gl.info
    const el = gl.domElement
    el.dataset.drawCalls = String(render.calls)
    el.dataset.triangles = String(render.triangles)
    el.dataset.geometries = String(memory.geometries)
    el.dataset.textures = String(memory.textures)
    // frames drawn so far (a still view is not drawn every frame: draw-on-change.tsx)
    el.dataset.draws = String(render.frame)
    // what the last drawn frame cost, ms, to the next frame (draw-on-change.tsx)
    el.dataset.frameMs = String(Math.round(frameCost()))
    const arrived = el.dataset.roomTextures
    if (counted.current === memory.textures && countedWith.current === arrived) return
    counted.current = memory.textures
    countedWith.current = arrived
    el.dataset.textureBytes = String(sceneTextureBytes(scene))
  })
  return null
}
