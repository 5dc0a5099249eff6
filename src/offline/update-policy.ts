/** What the page does with a new version of the offline cache; kept apart from the browser API so it can be tested. */
export interface UpdatePolicy {
  /** A new version has been downloaded and waits to take over. */
  waiting(): void
  /** A version has taken control of the page; `isUpdate` is false on the very first install. */
  controlling(isUpdate: boolean): void
  /** Activates a waiting version; false when there is none. */
  applyPending(): boolean
}

export interface UpdateActions {
  /** The visitor is at the start (landing, attract screen), so a reload loses nothing. */
  isIdle(): boolean
  hasWaiting(): boolean
  /** Tells the waiting version to take over. */
  activate(): void
  reload(): void
  /** Calls `run` once after `ms` (the page's `setTimeout`). */
  later(run: () => void, ms: number): void
}

/**
 * How long a version told to take over may take before the page reloads anyway. Chromium can leave a version that
 * called `skipWaiting()` waiting for good when the running one was stopped and started again at that moment; the next
 * navigation lets the browser swap them between documents (seen in tests/e2e/offline.test.ts).
 */
export const TAKEOVER_WAIT_MS = 3000

/**
 * A new version replaces the running one only at an idle moment: activating it deletes files of the old one, which
 * a page in use may still import, so the page reloads as soon as the new version controls it.
 * The first install never reloads: it brings nothing new to show.
 */
export function createUpdatePolicy(actions: UpdateActions): UpdatePolicy {
  let requested = false
  let controlled = false
  const applyPending = () => {
    if (!actions.hasWaiting()) return false
    requested = true
    actions.activate()
    // Still waiting after a while: reload, if the visitor has not begun meanwhile (else the next idle moment asks
    // again), and the browser hands over between the two documents. Should that navigation go to the version
    // that is leaving, the handover reloads once more (below), and the new version serves the page.
    actions.later(() => {
      if (!controlled && actions.hasWaiting() && actions.isIdle()) actions.reload()
    }, TAKEOVER_WAIT_MS)
    return true
  }
  return {
    waiting() {
      if (actions.isIdle()) applyPending()
    },
    controlling(isUpdate) {
      // Another tab may have activated the new version; follow it when nobody is mid-way.
      controlled = true
      if (requested || (isUpdate && actions.isIdle())) actions.reload()
    },
    applyPending,
  }
}
