import { create } from 'zustand'
import type { Content } from '../content/load'

/** Something fetched on demand: not yet asked for, on its way, there, or failed with a message. */
export type Loadable<T> =
  { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string }

interface ResourcesState {
  content: Loadable<Content>
  /** Fetches the content; called from the Begin tap (at start on shared devices) so the landing stays light. */
  load(base: string): void
}

export const useResources = create<ResourcesState>()((set, get) => ({
  content: { status: 'idle' },
  load(base) {
    const { status } = get().content
    if (status !== 'idle' && status !== 'error') return
    set({ content: { status: 'loading' } })
    import('../content/load')
      .then((m) => m.loadContent(base))
      .then(
        (value) => set({ content: { status: 'ready', value } }),
        (e: unknown) => set({ content: { status: 'error', error: e instanceof Error ? e.message : String(e) } }),
      )
  },
}))
