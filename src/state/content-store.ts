import { create } from 'zustand'
import { cellsShown, localDay } from '../content/consent'
import type { Content } from '../content/load'
import { useAppStore } from './app-store'
import { createLazyService, type LazyServiceStore, type Loadable } from './lazy-service'
import { useSettings } from './settings'
import { venue } from './venue'

/**
 * The content as loaded (manifest and cells), fetched by `load(base)` in the Begin tap (at start on shared devices) so
 * the landing stays light. A request that failed offers Try again.
 */
const useLoadedContent = contentStore()

type ContentService = ReturnType<typeof useLoadedContent.getState>

/**
 * The content the visitor may see where they are now: each cell holds only the testimonies whose speakers agreed to
 * show them here (kiosk, exhibition, their own headset, AR or screen) and today (`content/consent.ts`). Every part of
 * the app reads the content here. Read in components with a selector, like any lazy service.
 */
export const useContent: LazyServiceStore<Content, [string]> = create<ContentService>()(() => ({
  loadable: useLoadedContent.getState().loadable,
  load: async (base: string): Promise<Loadable<Content>> => {
    await useLoadedContent.getState().load(base)
    return useContent.getState().loadable
  },
}))

let last: { loaded: Loadable<Content>; cells: Content['cells']; shown: Loadable<Content> } | null = null

/** The loaded content filtered by consent; the same object as before where what is shown has not changed. */
function shownContent(): Loadable<Content> {
  const loaded = useLoadedContent.getState().loadable
  if (loaded.status !== 'ready') return loaded
  const where = venue(useSettings.getState().deployment.mode, useAppStore.getState().xrMode)
  const previous = last?.loaded === loaded ? last.cells : []
  const cells = cellsShown(loaded.value.cells, where, localDay(new Date()), previous)
  if (last?.loaded === loaded && last.cells === cells) return last.shown
  const shown: Loadable<Content> =
    cells === loaded.value.cells ? loaded : { ...loaded, value: { ...loaded.value, cells } }
  last = { loaded, cells, shown }
  return shown
}

function update() {
  const loadable = shownContent()
  if (loadable !== useContent.getState().loadable) useContent.setState({ loadable })
}
useLoadedContent.subscribe(update)
useSettings.subscribe((s, prev) => s.deployment !== prev.deployment && update())
// A session starting or ending changes where the visitor is; each change of phase reads the day again (a kiosk runs
// for weeks, and a consent may end while it does).
useAppStore.subscribe((s, prev) => (s.xrMode !== prev.xrMode || s.phase !== prev.phase) && update())

function contentStore() {
  // Where the loader's own code did not arrive, the browser keeps that failure: asking again would not help.
  let failedRequest = (_: unknown) => false
  return createLazyService(
    async (base: string): Promise<Content> => {
      const { isFailedRequest, loadContent } = await import('../content/load')
      failedRequest = isFailedRequest
      return loadContent(base)
    },
    { offersRetry: (e) => failedRequest(e) },
  )
}
