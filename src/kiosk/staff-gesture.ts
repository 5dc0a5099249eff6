/** The square in the attract screen's top-left corner, CSS px, that staff hold to open the staff view. */
export const STAFF_CORNER_PX = 48
/** How long staff hold it, ms: far longer than any tap, so a visitor touching the corner only begins. */
export const STAFF_HOLD_MS = 4000

/**
 * Watches `el` for the staff gesture: one finger held still in its top-left corner for {@link STAFF_HOLD_MS} and
 * lifted there. A second finger, a move out of the corner, lifting early or elsewhere is no gesture, and the tap goes
 * on as any tap; the gesture's own tap goes no further.
 * @returns the removal of its listeners
 */
export function watchStaffGesture(el: HTMLElement, onGesture: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let held = false
  let pointers = 0
  const cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    held = false
  }
  const inCorner = (e: PointerEvent) => {
    const box = el.getBoundingClientRect()
    return e.clientX - box.left <= STAFF_CORNER_PX && e.clientY - box.top <= STAFF_CORNER_PX
  }
  const swallowClick = (e: Event) => e.stopPropagation()
  const down = (e: PointerEvent) => {
    pointers++
    cancel()
    if (pointers === 1 && inCorner(e)) timer = setTimeout(() => (held = true), STAFF_HOLD_MS)
  }
  const up = (e: PointerEvent) => {
    pointers = Math.max(0, pointers - 1)
    const done = held && e.type === 'pointerup' && inCorner(e)
    cancel()
    if (!done) return
    // The click this lift makes is the gesture's, not a tap that begins a visit.
    el.addEventListener('click', swallowClick, { capture: true, once: true })
    onGesture()
  }
  const move = (e: PointerEvent) => {
    if (timer !== null || held) if (!inCorner(e)) cancel()
  }
  el.addEventListener('pointerdown', down)
  el.addEventListener('pointermove', move)
  for (const type of ['pointerup', 'pointercancel'] as const) el.addEventListener(type, up)
  return () => {
    cancel()
    el.removeEventListener('click', swallowClick, { capture: true })
    el.removeEventListener('pointerdown', down)
    el.removeEventListener('pointermove', move)
    for (const type of ['pointerup', 'pointercancel'] as const) el.removeEventListener(type, up)
  }
}

/** The SHA-256 of a code, in hex, as the deployment's `staff` parameter holds it. */
export async function codeHash(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
