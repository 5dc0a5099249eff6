import { useFrame } from '@react-three/fiber'
import { useEffect } from 'react'
import { Matrix4 } from 'three'

/**
 * A still view is drawn again at least this often (ten frames' cost apart where frames are costly), for anything
 * that changed without saying so.
 */
export const STILL_REDRAW_MS = 500
/** Decorative motion (a playing marker's pulse) is drawn at most this often: 30 frames a second is smooth enough. */
export const DECOR_FRAME_MS = 33
/**
 * Where a drawn frame takes longer than this (below 25 frames a second: a weak GPU, software rendering), decorative
 * motion waits four frames' cost between frames: the voice's media pipeline needs the main thread too (WebKit feeds
 * it from there).
 */
export const COSTLY_FRAME_MS = 40
/** A gap between frames longer than this is not what drawing costs (a hidden page, a paused tab). */
const NOT_A_FRAME_MS = 2000

let decorations = 0

/**
 * Asks for frames for decorative motion while `on`: drawn at most every {@link DECOR_FRAME_MS}, and less often where
 * frames are costly. @example useDecorativeMotion(active && !reducedMotion)
 */
export function useDecorativeMotion(on: boolean): void {
  useEffect(() => {
    if (!on) return
    decorations++
    return () => void decorations--
  }, [on])
}

/**
 * Draws the scene only when something on screen can have changed: the camera moved or its projection changed, React
 * changed the scene (fiber asks for a frame), decorative motion is due, or the view has stood still for
 * {@link STILL_REDRAW_MS}; in an immersive session, every frame. A visitor who holds the phone still while a voice
 * speaks for ten minutes costs the battery little, and the frame callbacks still run every frame.
 */
export function DrawOnChange() {
  useFrame((state) => {
    const { gl, scene, camera, internal } = state
    const now = performance.now()
    // What a drawn frame costs: the time to the next frame, which includes the browser's own work to show it (in
    // WebKit the canvas is composited on the main thread, after this callback returns). A longer gap is a page that
    // was hidden, not a frame's cost, and would hold the view back for minutes after it comes back.
    const gap = now - last.frameAt
    if (last.drewBefore && gap < NOT_A_FRAME_MS) last.cost = gap
    last.frameAt = now
    last.drewBefore = false
    camera.updateMatrixWorld()
    const sinceDraw = now - last.drawnAt
    const costly = last.cost > COSTLY_FRAME_MS
    const due =
      gl.xr.isPresenting ||
      internal.frames > 0 ||
      !camera.matrixWorld.equals(last.world) ||
      !camera.projectionMatrix.equals(last.projection) ||
      sinceDraw >= Math.max(STILL_REDRAW_MS, costly ? last.cost * 10 : 0) ||
      (decorations > 0 && sinceDraw >= Math.max(DECOR_FRAME_MS, costly ? last.cost * 4 : 0))
    if (!due) return
    gl.render(scene, camera)
    last.drewBefore = true
    last.drawnAt = now
    last.world.copy(camera.matrixWorld)
    last.projection.copy(camera.projectionMatrix)
  }, 1)
  return null
}

const last = {
  drawnAt: -Infinity,
  frameAt: 0,
  drewBefore: false,
  cost: 0,
  world: new Matrix4(),
  projection: new Matrix4(),
}
