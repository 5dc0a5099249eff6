import type { Content } from '../content/load'
import { createLazyService } from './lazy-service'

/**
 * The content (manifest and cells), fetched by `load(base)` in the Begin tap (at start on shared devices) so the
 * landing stays light. A request that failed offers Try again.
 */
export const useContent = contentStore()

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
