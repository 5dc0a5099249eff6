/** The disclosures on screen, and when each was last opened. Private to this module. */
const mounted = new Set<HTMLDetailsElement>()
const openedAt = new WeakMap<HTMLDetailsElement, number>()
let opened = 0

const onKey = (e: KeyboardEvent) => {
  if (e.key !== 'Escape' || e.defaultPrevented) return
  const open = [...mounted].filter((d) => d.open)
  // The one holding the focus is the one the visitor is in; else the one opened last.
  const active = document.activeElement
  const el =
    open.find((d) => d.contains(active)) ?? open.sort((a, b) => (openedAt.get(a) ?? 0) - (openedAt.get(b) ?? 0)).at(-1)
  if (!el) return
  // Marked as used, so that Take action's Escape and the cell's (stop the voice) wait for the next press.
  e.preventDefault()
  el.open = false
  el.querySelector<HTMLElement>(':scope > summary')?.focus({ preventScroll: true })
}

/**
 * A disclosure (`<details>`) on screen that Escape closes while it is open, before any other panel and before the
 * voice stops; the focus goes back to its summary, the button that opened it. Used as the element's ref.
 */
export function escapeCloses(el: HTMLDetailsElement | null) {
  if (!el) return
  const toggled = () => {
    if (el.open) openedAt.set(el, ++opened)
  }
  toggled()
  el.addEventListener('toggle', toggled)
  // Capture: it runs before the panels' own (bubbling) Escape, which wait for the innermost to close first.
  if (mounted.size === 0) document.addEventListener('keydown', onKey, { capture: true })
  mounted.add(el)
  return () => {
    el.removeEventListener('toggle', toggled)
    mounted.delete(el)
    if (mounted.size === 0) document.removeEventListener('keydown', onKey, { capture: true })
  }
}
