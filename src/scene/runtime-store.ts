import { create } from 'zustand'
import type { Loadable } from '../state/resources'

type Runtime = typeof import('./runtime')

interface RuntimeState {
  /** three.js, react-three-fiber and the WebXR layer, once fetched. */
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
    import('./runtime').then(
      (value) => set({ runtime: { status: 'ready', value } }),
      (e: unknown) => set({ runtime: { status: 'error', error: e instanceof Error ? e.message : String(e) } }),
    )
  },
}))
