import { create } from 'zustand'
import type { Content } from '../content/load'

/**
 * Something fetched on demand: not yet asked for, on its way, there, or failed with a message. `retry`: the failure
 * was a request that may succeed if asked again (`offered`), and is being asked again (`trying`).
 */
export type Loadable<T> =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: string; retry?: 'offered' | 'trying' }

interface ResourcesState {
  content: Loadable<Content>
  /** Fetches the content; called from the Begin tap (at start on shared devices) so the landing stays light. */
  load(base: string): void
}

export const useResources = create<ResourcesState>()((set, get) => ({
  content: { status: 'idle' },
  load(base) {
    const now = get().content
    if (now.status === 'loading' || now.status === 'ready' || (now.status === 'error' && now.retry === 'trying')) return
    // Asked again after a failure, the problem stays in view (its Try again busy) until the answer comes.
    set({ content: now.status === 'error' ? { ...now, retry: 'trying' } : { status: 'loading' } })
    const failed = (e: unknown, retry: boolean): Loadable<Content> => ({
      status: 'error',
      error: e instanceof Error ? e.message : String(e),
      ...(retry && { retry: 'offered' as const }),
    })
    import('../content/load').then(
      (m) =>
        m.loadContent(base).then(
          (value) => set({ content: { status: 'ready', value } }),
          (e: unknown) => set({ content: failed(e, m.isFailedRequest(e)) }),
        ),
      // The loader's own code did not arrive: the browser keeps that failure, so asking again would not help.
      (e: unknown) => set({ content: failed(e, false) }),
    )
  },
}))
