/** Keys that zoom the page with Ctrl or ⌘ held. */
const ZOOM_KEYS = new Set(['+', '-', '=', '0', '_'])

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/**
 * Closes the ways out of a kiosk's page: no zoom by gesture (pinch, Ctrl+wheel, Ctrl+plus, double tap), no context menu,
 * no text selection outside form fields, no link that leaves the site, no new windows.
 * The kiosk browser itself should still run in its own kiosk mode; this covers what the page can.
 * Returns the function that undoes every change.
 */
export function lockDown(doc: Document = document): () => void {
  const win = doc.defaultView ?? window
  const html = doc.documentElement
  const undo: (() => void)[] = []
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, passive = false) => {
    doc.addEventListener(type, fn, { capture: true, passive })
    undo.push(() => doc.removeEventListener(type, fn, { capture: true }))
  }

  html.classList.add('kiosk')
  undo.push(() => html.classList.remove('kiosk'))

  // Pinch and double-tap zoom are held back by `touch-action` (kiosk.css) and the handlers below, not by a viewport
  // `user-scalable=no`: iOS ignores that, and it would shut out the browser's own zoom for low-vision visitors.

  on('contextmenu', (e) => e.preventDefault())
  on('selectstart', (e) => {
    if (!editable(e.target)) e.preventDefault()
  })
  on('dragstart', (e) => e.preventDefault())
  on('wheel', (e) => e.ctrlKey && e.preventDefault())
  on('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ZOOM_KEYS.has(e.key)) e.preventDefault()
  })
  // Safari's pinch gestures, and a second finger anywhere (pinch zoom where touch-action is not honoured).
  for (const type of ['gesturestart', 'gesturechange'] as const)
    on(type as keyof DocumentEventMap, (e) => e.preventDefault())
  on('touchmove', (e) => e.touches.length > 1 && e.preventDefault())
  // Links are QR codes at a kiosk; should one slip through, it goes nowhere.
  const leaves = (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('a[href]')
    if (!(link instanceof HTMLAnchorElement)) return
    if (link.origin !== win.location.origin || link.target === '_blank' || e.button !== 0) e.preventDefault()
  }
  on('click', leaves)
  on('auxclick', leaves)

  const open = win.open
  win.open = () => null
  undo.push(() => (win.open = open))

  return () => {
    for (const fn of undo.reverse()) fn()
  }
}

/** Fullscreen on a visitor's first touch, where the browser allows it (it needs that gesture). */
export function requestFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement || !doc.documentElement.requestFullscreen) return
  doc.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined)
}
