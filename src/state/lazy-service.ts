import { create, type StoreApi, type UseBoundStore } from 'zustand'

/**
 * Something fetched on demand: not yet asked for, on its way, there, or failed with a message. `retry`: the failure
 * was a request that may succeed if asked again (`offered`), and is being asked again (`trying`).
 */
export type Loadable<T> =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: string; retry?: 'offered' | 'trying' }

/** A service loaded on demand (the audio engine, the 3D runtime, the WebXR layer, the content), as its store holds it. */
interface LazyService<T, A extends unknown[] = []> {
  /** Where the service stands. */
  loadable: Loadable<T>
  /**
   * Asks for the service: loads it unless it is there or on its way, and again after a failure. Never rejects.
   * @returns the state it settles in: ready, or failed
   */
  load(...args: A): Promise<Loadable<T>>
}

/** A lazy service's store: a zustand hook, read in components with a selector and elsewhere with `getState()`. */
export type LazyServiceStore<T, A extends unknown[] = []> = UseBoundStore<StoreApi<LazyService<T, A>>>

export interface LazyServiceOptions<T, A extends unknown[]> {
  /**
   * Makes the service at once, in the task that asks for it, where it can; `undefined`: it is loaded. For a service
   * that must be made inside a user gesture (the audio engine in the Begin tap), which an awaited load would leave.
   * What it throws is a failure like a failed load.
   */
  now?(...args: A): T | undefined
  /**
   * Whether a failure may go away if asked again (a request that failed), so Try again is offered (`retry`). With
   * it, a load after a failure keeps the failure in view, marked `trying`, until the answer comes; without it, the
   * service is `loading` again.
   */
  offersRetry?(error: unknown): boolean
}

/**
 * Makes the store of a service loaded on demand: the one way the app loads a lazy service and reads it.
 * @param loader fetches (and builds) the service; called by `load`, once at a time
 * @example
 * export const useRuntime = createLazyService(() => import('./runtime'))
 * useRuntime.getState().load() // in the Begin tap
 * const runtime = useRuntime((s) => s.loadable) // in a component
 */
export function createLazyService<T, A extends unknown[] = []>(
  loader: (...args: A) => Promise<T>,
  { now, offersRetry }: LazyServiceOptions<T, A> = {},
): LazyServiceStore<T, A> {
  let pending: Promise<Loadable<T>> | null = null
  return create<LazyService<T, A>>()((set, get) => {
    const settle = (loadable: Loadable<T>): Loadable<T> => {
      pending = null
      set({ loadable })
      return loadable
    }
    const fail = (e: unknown) =>
      settle({
        status: 'error',
        error: e instanceof Error ? e.message : String(e),
        ...(offersRetry?.(e) && { retry: 'offered' as const }),
      })
    return {
      loadable: { status: 'idle' },
      load(...args) {
        const was = get().loadable
        if (was.status === 'ready') return Promise.resolve(was)
        if (pending) return pending
        try {
          const value = now?.(...args)
          if (value !== undefined) return Promise.resolve(settle({ status: 'ready', value }))
        } catch (e) {
          return Promise.resolve(fail(e))
        }
        set({ loadable: was.status === 'error' && offersRetry ? { ...was, retry: 'trying' } : { status: 'loading' } })
        try {
          pending = loader(...args).then((value) => settle({ status: 'ready', value }), fail)
        } catch (e) {
          return Promise.resolve(fail(e))
        }
        return pending
      },
    }
  })
}

/** A selector: the service once it is there, else null. */
export function readyValue<T>({ loadable }: { loadable: Loadable<T> }): T | null {
  return loadable.status === 'ready' ? loadable.value : null
}

/**
 * The value of a settled state, for a service that needs another one: a failure becomes its own failure.
 * @throws an Error with the failure's message where the state is not ready
 */
export function valueOf<T>(loadable: Loadable<T>): T {
  if (loadable.status === 'ready') return loadable.value
  throw new Error(loadable.status === 'error' ? loadable.error : `not loaded (${loadable.status})`)
}
