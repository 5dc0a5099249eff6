/** Whether a newer version of the offline cache has taken this page over since the page started. */
export interface ControllerWatch {
  /** True once a version other than the one that served this page controls it. */
  readonly replaced: boolean
  /** Calls `listener` once, when that happens (at once if it has). */
  onReplaced(listener: () => void): void
}

/**
 * Watches the page's service worker from the first moment the app's code runs, before the offline module loads.
 * A page served by one version can be handed to the next before it finishes loading: when the page that left was
 * the only one (Chromium hands over between documents, serving the new document from the old version) or when the
 * page itself asked for it. A controller still `activating` when the app starts has just replaced the version that
 * served the page (a page is never served by a version that is still activating). The first install is not a
 * replacement: the page started without a controller.
 */
export function watchController(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): ControllerWatch {
  const listeners: (() => void)[] = []
  const first = container?.controller ?? null
  let replaced = first?.state === 'activating'
  const replace = () => {
    if (replaced) return
    replaced = true
    for (const listener of listeners.splice(0)) listener()
  }
  if (first) container?.addEventListener('controllerchange', replace)
  return {
    get replaced() {
      return replaced
    },
    onReplaced(listener) {
      if (replaced) listener()
      else listeners.push(listener)
    },
  }
}
