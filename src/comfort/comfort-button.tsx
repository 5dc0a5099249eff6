import { useEffect, useRef, useState } from 'react'
import { lazyPart } from '../parts/lazy-part'
import { useComfortT } from './use-comfort-t'
import './comfort.css'

// The settings themselves load on the first open: the landing and the way to the first voice stay light.
const ComfortPanel = lazyPart(() => import('./comfort-panel'))

/** "Comfort": opens the small panel of comfort and access settings; reachable from the landing and the cell. */
export function ComfortButton() {
  const t = useComfortT()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const wasOpen = useRef(false)
  // Focus goes back to the button when the panel closes.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus()
    wasOpen.current = open
  }, [open])
  return (
    <>
      <button
        ref={button}
        type="button"
        className="comfort-toggle"
        data-role="comfort"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('comfortButton')}
      </button>
      {open && <ComfortPanel onClose={() => setOpen(false)} />}
    </>
  )
}
