/** The page's local storage, or null where the browser refuses it (a private window, a locked-down kiosk shell). */
export function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
