import { useState } from 'react'
import { useFocusReturn } from '../a11y/focus'
import { lazyPart } from '../parts/lazy-part'
import { useComfortT } from './use-comfort-t'
import './comfort.css'

// The settings themselves load on the first open: the landing and the way to the first voice stay light.
const ComfortPanel = lazyPart(() => import('./comfort-panel'))

/** "Comfort": opens the small panel of comfort and access settings; reachable from the landing and the cell. */
export function ComfortButton() {
  const t = useComfortT()
  const [open, setOpen] = useState(false)
  const button = useFocusReturn(open)
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
