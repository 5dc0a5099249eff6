import { create } from 'zustand'
import type { Loadable } from '../state/resources'
import { loadXRLayer, type XRLayerModule } from '../xr/xr-layer-load'

type Runtime = typeof import('./runtime') & {
  /** The WebXR layer where the browser offers an immersive session, else null (nothing of it was fetched). */
  xr: XRLayerModule | null
}

interface RuntimeState {
  /** three.js and react-three-fiber (and the WebXR layer where usable), once fetched. */
  runtime: Loadable<Runtime>
  /** Fetches the 3D runtime; called from the Begin tap (at start on shared devices) so the landing stays light. */
  load(): void
}

export const useRuntime = create<RuntimeState>()((set, get) => ({
  runtime: { status: 'idle' },
  load() {
    const { status } = get().runtime
    if (status !== 'idle' && status !== 'error') return
    set({ runtime: { status: 'loading' } })
    // Both at once: the canvas is built with or without the XR layer from the start, never rebuilt for it.
    Promise.all([import('./runtime'), loadXRLayer()]).then(
      ([runtime, xr]) => set({ runtime: { status: 'ready', value: { ...runtime, xr } } }),
      (e: unknown) => set({ runtime: { status: 'error', error: e instanceof Error ? e.message : String(e) } }),
    )
  },
}))
