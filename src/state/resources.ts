import { create } from 'zustand'
import type { Content } from '../content/load'

type Runtime = typeof import('../scene/runtime')

type Loadable<T> = { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string }

interface ResourcesState {
  content: Loadable<Content>
  runtime: Loadable<Runtime>
  /** Fetches content and the 3D runtime; called from the Begin tap so the landing stays light. */
  load(base: string): void
}

export const useResources = create<ResourcesState>()((set, get) => ({
  content: { status: 'idle' },
  runtime: { status: 'idle' },
  load(base) {
    if (get().content.status === 'idle' || get().content.status === 'error') {
      set({ content: { status: 'loading' } })
      import('../content/load')
        .then((m) => m.loadContent(base))
        .then(
          (value) => set({ content: { status: 'ready', value } }),
          (e: unknown) => set({ content: { status: 'error', error: e instanceof Error ? e.message : String(e) } }),
        )
    }
    if (get().runtime.status === 'idle' || get().runtime.status === 'error') {
      set({ runtime: { status: 'loading' } })
      import('../scene/runtime').then(
        (value) => set({ runtime: { status: 'ready', value } }),
        (e: unknown) => set({ runtime: { status: 'error', error: e instanceof Error ? e.message : String(e) } }),
      )
    }
  },
}))
