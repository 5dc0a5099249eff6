import { useEffect, useLayoutEffect, type RefObject } from 'react'

/**
 * Moves the keyboard focus to a view's heading when the view opens, so the next Tab starts there and a screen reader
 * says where the visitor now is (otherwise the focus falls back to the page's body when the old view goes).
 */
export function useFocusOnOpen(ref: RefObject<HTMLElement | null>, shown = true) {
  // A layout effect: React runs it again when a Suspense boundary shows the view after hiding it, when a plain
  // effect would have focused a hidden heading once and never again.
  useLayoutEffect(() => {
    if (shown) ref.current?.focus({ preventScroll: true })
  }, [ref, shown])
}

const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea, summary'

/**
 * A panel that opens from a button: the focus moves to the panel's first control when it opens, back to the button
 * when it closes (if it was inside the panel, or lost), and Escape closes it from anywhere on the page.
 */
export function usePanelFocus(
  open: boolean,
  panel: RefObject<HTMLElement | null>,
  opener: RefObject<HTMLElement | null>,
  close: () => void,
) {
  useEffect(() => {
    const el = panel.current
    const button = opener.current
    if (!open || !el) return
    el.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true })
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      // Marked as used, so that the cell's own Escape (stop the voice) waits for the next press.
      e.preventDefault()
      close()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      const active = document.activeElement
      const lost = !active || active === document.body || !active.isConnected || el.contains(active)
      if (lost && button?.isConnected) button.focus({ preventScroll: true })
    }
  }, [open, panel, opener, close])
}
