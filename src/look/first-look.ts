const LOOK_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])

/**
 * Calls `done` once, at the visitor's first look or tap: a pointer pressed anywhere in `view` (a drag starts so, and
 * so does a tap on a marker or a button), or an arrow key that turns the view. Returns the removal of its listeners.
 */
export function onFirstLook(view: HTMLElement, done: () => void): () => void {
  const stop = () => {
    view.removeEventListener('pointerdown', first, true)
    window.removeEventListener('keydown', onKey, true)
  }
  const first = () => {
    stop()
    done()
  }
  const onKey = (e: KeyboardEvent) => {
    // Arrows in a list box or a slider move its value, not the view.
    const t = e.target
    if (t instanceof HTMLSelectElement || t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement) return
    if (LOOK_KEYS.has(e.key)) first()
  }
  // Capture: the scene's own drag handling must not keep the press from being seen.
  view.addEventListener('pointerdown', first, true)
  window.addEventListener('keydown', onKey, true)
  return stop
}
