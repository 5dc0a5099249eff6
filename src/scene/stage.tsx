import { Canvas, useFrame, useThree } from '@react-three/fiber'
import { Component, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { create } from 'zustand'
import { useSettings } from '../state/settings'
import { DrawOnChange, useDrawScale } from './draw-on-change'
import { RenderStats } from './render-stats'
import type { XRLayerModule } from '../xr/xr-layer-load'

interface StageState {
  /** Where the canvas is shown now: a cell's view or the kiosk's attract screen; null: nowhere. */
  slot: HTMLElement | null
  /** The 3D content of whatever is on screen. */
  content: ReactNode
  /** Published on the canvas as data-role ("scene", "attract-scene") and its accessible name. */
  role: string
  label: string
  /** Why 3D cannot be shown, when the canvas could not be created. */
  failure: string | null
  /** The WebGL context was lost and has not come back within CONTEXT_GRACE_MS. */
  contextLost: boolean
}

/** A context the browser restores comes back within moments; one still lost after this is said to the visitor. */
const CONTEXT_GRACE_MS = 5000

const useStage = create<StageState>()(() => ({
  slot: null,
  content: null,
  role: '',
  label: '',
  failure: null,
  contextLost: false,
}))

/**
 * When the shared canvas last drew (performance.now()); moved on whenever a view starts showing 3D. In a typed array,
 * so that noting it every frame allocates nothing (a number in a module variable is boxed anew on each write).
 */
const drewAt = new Float64Array(1)

/** When the 3D view on screen last drew a frame, or null while none is shown (kiosk watchdog). */
export function lastFrameAt(): number | null {
  return useStage.getState().slot ? (drewAt[0] ?? 0) : null
}

/** The reason 3D is unavailable (no WebGL), or null. */
export const useStageFailure = () => useStage((s) => s.failure)

/** Whether the graphics were lost for good (until the browser gives them back). */
export const useContextLost = () => useStage((s) => s.contextLost)

/**
 * One WebGL canvas for the app's whole life, moved into whichever view shows 3D. A kiosk goes from the attract
 * screen to a cell and back thousands of times; creating and losing a WebGL context each time would stall the page
 * and leave the GPU to clean up after it. Scenes come and go inside; their geometry and textures are disposed.
 * @param xr the WebXR layer, which wraps the scene only where a session can start; on screen the scene stands alone
 */
export function Stage({ xr }: { xr: XRLayerModule | null }) {
  const [host] = useState(() => {
    const el = document.createElement('div')
    el.className = 'stage'
    return el
  })
  const { slot, content, role, label } = useStage()
  const stats = useSettings((s) => s.deployment.stats)
  const canvas = useRef<HTMLCanvasElement | null>(null)
  // lowered where frames are too slow to draw at the device's own resolution (draw-on-change.tsx)
  const dpr = useDrawScale((s) => s.dpr)

  useLayoutEffect(() => {
    if (slot) slot.appendChild(host)
    else host.remove()
    drewAt[0] = performance.now()
    // Counts published for `?stats` belong to the view before; the next frame publishes this one's.
    const el = canvas.current
    if (el) for (const key of ['drawCalls', 'triangles', 'geometries', 'textures']) delete el.dataset[key]
  }, [slot, host])

  useLayoutEffect(() => {
    const el = canvas.current
    if (!el) return
    if (role) el.dataset.role = role
    else delete el.dataset.role
    el.setAttribute('aria-label', label)
  }, [role, label, content])

  return createPortal(
    <StageBoundary>
      <Canvas
        className="scene-canvas"
        dpr={dpr ?? [1, 2]}
        camera={{ fov: 70, near: 0.03, far: 60, position: [0, 1.6, 0] }}
        gl={{ antialias: true, preserveDrawingBuffer: stats }}
        frameloop={slot ? 'always' : 'never'}
        onCreated={({ gl }) => {
          canvas.current = gl.domElement
          if (useStage.getState().role) gl.domElement.dataset.role = useStage.getState().role
        }}
      >
        {/* Set once here: a background attached by each scene would remember the one before it, a chain per visit. */}
        <color attach="background" args={['#0d0d0f']} />
        <ResumeDrawing />
        <DrawOnChange />
        <ContextWatch />
        <FramePulse />
        {xr ? (
          <xr.XRLayer>
            {content}
            {stats && <RenderStats />}
          </xr.XRLayer>
        ) : (
          <>
            {content}
            {stats && <RenderStats />}
          </>
        )}
      </Canvas>
    </StageBoundary>,
    host,
  )
}

/**
 * Shows 3D content in the shared canvas, placed where this element is. Only one view does so at a time.
 * @example <StageSlot role="scene" label="SIZO cell" className="scene-slot"><CellContent /></StageSlot>
 */
export function StageSlot({
  role,
  label,
  className,
  children,
}: {
  role: string
  label: string
  className?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const slot = ref.current
    useStage.setState({ slot, role, label })
    return () => {
      if (useStage.getState().slot === slot) useStage.setState({ slot: null, content: null, role: '', label: '' })
    }
  }, [role, label])
  // The 3D children follow this component's renders, like a portal into the other React root.
  useLayoutEffect(() => {
    if (useStage.getState().slot === ref.current) useStage.setState({ content: children })
  })
  return <div ref={ref} className={className} />
}

/** A lost WebGL context usually comes back by itself; one that does not is said, and the list of voices remains. */
function ContextWatch() {
  const canvas = useThree((s) => s.gl.domElement)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const lost = () => {
      timer ??= setTimeout(() => useStage.setState({ contextLost: true }), CONTEXT_GRACE_MS)
    }
    const restored = () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      useStage.setState({ contextLost: false })
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      restored()
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [canvas])
  return null
}

/** Notes each frame's time, so a frame loop that stopped can be noticed. */
function FramePulse() {
  useFrame(({ clock }) => {
    // fiber's clock read performance.now() for this frame already (draw-on-change.tsx)
    drewAt[0] = clock.oldTime
  })
  return null
}

/** Switching the frame loop back on does not start it by itself: the first frame has to be asked for. */
function ResumeDrawing() {
  const frameloop = useThree((s) => s.frameloop)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (frameloop === 'always') invalidate()
  }, [frameloop, invalidate])
  return null
}

/** Without WebGL the canvas cannot be made; the views say so and keep everything else working. */
class StageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    useStage.setState({ failure: error instanceof Error ? error.message : String(error) })
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}
