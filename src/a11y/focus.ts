import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

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

/**
 * The button that opens a dialog: the focus comes back to it when the dialog closes. Returns the button's ref.
 * @example const opener = useFocusReturn(open) // <button ref={opener} …>
 */
export function useFocusReturn(open: boolean): RefObject<HTMLButtonElement | null> {
  const opener = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(false)
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus()
    wasOpen.current = open
  }, [open])
  return opener
}

/**
 * A dialog over the page: its heading takes the focus when it opens, and Escape closes the dialog only (caught
 * before the page's own Escape, so a voice playing behind it goes on). Returns the heading's ref.
 */
export function useDialogFocus(onClose: () => void): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.stopPropagation()
      onClose()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [onClose])
  return heading
}
