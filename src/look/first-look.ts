const LOOK_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])
// Capture, so the scene's own drag handling cannot keep the press from being seen; an object, as Node's EventTarget
// reads a bare `true` differently on adding and on removing.
const CAPTURE = { capture: true }

/**
 * Calls `done` once, at the visitor's first look or tap: a pointer pressed anywhere in `view` (a drag starts so, and
 * so does a tap on a marker or a button), or an arrow key on `keys` (the window) that turns the view. Returns the
 * removal of its listeners.
 * @example useEffect(() => onFirstLook(main, window, () => setLooked(true)), [])
 */
export function onFirstLook(view: EventTarget, keys: EventTarget, done: () => void): () => void {
  const stop = () => {
    view.removeEventListener('pointerdown', first, CAPTURE)
    keys.removeEventListener('keydown', onKey, CAPTURE)
  }
  const first = () => {
    stop()
    done()
  }
  const onKey = (e: Event) => {
    // Arrows in a list box or a slider move its value, not the view.
    const target = e.target as Partial<Element> | null
    if (target?.matches?.('select, input, textarea')) return
    if (LOOK_KEYS.has((e as KeyboardEvent).key)) first()
  }
  view.addEventListener('pointerdown', first, CAPTURE)
  keys.addEventListener('keydown', onKey, CAPTURE)
  return stop
}
