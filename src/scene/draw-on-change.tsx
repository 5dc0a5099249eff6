import { useFrame } from '@react-three/fiber'
import { useEffect } from 'react'
import { Matrix4 } from 'three'
import { create } from 'zustand'

/**
 * A still view is drawn again at least this often (ten frames' cost apart where frames are costly), for anything
 * that changed without saying so.
 */
const STILL_REDRAW_MS = 500
/** Decorative motion (a playing marker's pulse) is drawn at most this often: 30 frames a second is smooth enough. */
const DECOR_FRAME_MS = 33
/**
 * Where a drawn frame takes longer than this (below 25 frames a second: a weak GPU, software rendering), decorative
 * motion waits four frames' cost between frames: the voice's media pipeline needs the main thread too (WebKit feeds
 * it from there).
 */
const COSTLY_FRAME_MS = 40
/**
 * Where a drawn frame takes longer than this (under four frames a second), motion would show as jumps and each frame
 * holds the main thread long enough to stall the voice: decorative motion is not drawn at all (the playing marker's
 * colour says it plays, as with reduced motion), and a still view is redrawn only every thirty frames' cost.
 */
const SLIDESHOW_FRAME_MS = 250
/**
 * Where the median of the last {@link COST_SAMPLES} steady frames (drawn for the camera, motion or a still redraw;
 * not those of a change to the scene, which may compile shaders or upload textures) is a slideshow, the view is drawn at half the
 * resolution, down to this many device pixels per CSS pixel: a weak phone's GPU, or software rendering, draws a
 * quarter of the pixels much sooner. Never raised again in the page's life (no back and forth).
 */
const LOWEST_DPR = 0.5
const COST_SAMPLES = 5

/**
 * The pixels per CSS pixel the canvas is drawn at once frames proved too slow (null: the device's own, up to 2).
 * The canvas takes it as its `dpr` prop (stage.tsx): fiber sets the prop's value again on each render of the canvas,
 * so a value set on the renderer alone would not last.
 */
export const useDrawScale = create<{ dpr: number | null }>()(() => ({ dpr: null }))
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
    const { gl, scene, camera, internal, viewport, clock } = state
    // This frame's time (performance.now()), as fiber's clock read it before the frame callbacks: reading the clock
    // again here would box a new number each frame (the only allocation left in the app's own frame code).
    const now = clock.oldTime
    // What a drawn frame costs: the time to the next frame, which includes the browser's own work to show it (in
    // WebKit the canvas is composited on the main thread, after this callback returns). A longer gap is a page that
    // was hidden, not a frame's cost, and would hold the view back for minutes after it comes back.
    const gap = now - last.frameAt
    if (last.drewBefore && gap < NOT_A_FRAME_MS) {
      last.cost = gap
      if (last.steady) {
        costs.slots[COST_NEW] = gap
        recordSteadyCost()
        if (costs.slots[COST_MEDIAN]! > SLIDESHOW_FRAME_MS && viewport.dpr > LOWEST_DPR && !gl.xr.isPresenting) {
          useDrawScale.setState({ dpr: Math.max(LOWEST_DPR, viewport.dpr / 2) })
          costs.count = 0
        }
      }
    }
    last.frameAt = now
    last.drewBefore = false
    camera.updateMatrixWorld()
    const sinceDraw = now - last.drawnAt
    const costly = last.cost > COSTLY_FRAME_MS
    const slideshow = last.cost > SLIDESHOW_FRAME_MS
    const due =
      gl.xr.isPresenting ||
      internal.frames > 0 ||
      !camera.matrixWorld.equals(last.world) ||
      !camera.projectionMatrix.equals(last.projection) ||
      sinceDraw >= Math.max(STILL_REDRAW_MS, slideshow ? last.cost * 30 : costly ? last.cost * 10 : 0) ||
      (decorations > 0 && !slideshow && sinceDraw >= Math.max(DECOR_FRAME_MS, costly ? last.cost * 4 : 0))
    if (!due) return
    gl.render(scene, camera)
    last.drewBefore = true
    last.steady = internal.frames === 0
    last.drawnAt = now
    last.world.copy(camera.matrixWorld)
    last.projection.copy(camera.projectionMatrix)
  }, 1)
  return null
}

/** What the last measured drawn frame cost, ms (for `?stats`). */
export function frameCost(): number {
  return last.cost
}

/**
 * Where the steady frames' costs (ms) are kept in `costs.slots`: the last {@link COST_SAMPLES} in a ring, the same
 * sorted (scratch space), their median, and the cost being added.
 */
const COST_RING = 0
const COST_SORTED = COST_SAMPLES
const COST_MEDIAN = 2 * COST_SAMPLES
const COST_NEW = COST_MEDIAN + 1
const costSlots = new Float64Array(COST_NEW + 1)
const costs = { slots: costSlots, sorted: costSlots.subarray(COST_SORTED, COST_MEDIAN), next: 0, count: 0 }

/**
 * Adds the cost in `costs.slots[COST_NEW]` to the ring and leaves the median of the last {@link COST_SAMPLES} in
 * `costs.slots[COST_MEDIAN]` (0 until there are as many). It runs a few times a second, too seldom to be compiled,
 * and an uncompiled function boxes every fractional number it reads: so the costs are only ever moved between
 * slots of one typed array (`copyWithin`) here, never read into a variable, and nothing fractional is passed in or
 * returned (that would box too). The frame loop allocates nothing.
 */
function recordSteadyCost(): void {
  costs.slots.copyWithin(COST_RING + costs.next, COST_NEW, COST_NEW + 1)
  costs.next = (costs.next + 1) % COST_SAMPLES
  costs.count = Math.min(COST_SAMPLES, costs.count + 1)
  if (costs.count < COST_SAMPLES) {
    costs.slots.fill(0, COST_MEDIAN, COST_MEDIAN + 1)
    return
  }
  costs.slots.copyWithin(COST_SORTED, COST_RING, COST_RING + COST_SAMPLES)
  costs.sorted.sort()
  costs.slots.copyWithin(COST_MEDIAN, COST_SORTED + (COST_SAMPLES >> 1), COST_SORTED + (COST_SAMPLES >> 1) + 1)
}

const last = {
  drawnAt: -Infinity,
  frameAt: 0,
  drewBefore: false,
  /** Whether the last frame drawn was for the camera, motion or a still redraw, not for a change to the scene. */
  steady: false,
  cost: 0,
  world: new Matrix4(),
  projection: new Matrix4(),
}
