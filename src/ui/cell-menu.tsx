import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { usePanelFocus } from '../a11y/focus'
import { useT } from '../i18n/use-t'

/**
 * On a phone, the cell's secondary controls (language, comfort, a break, turning the phone, the other ways of seeing
 * the cell) behind one menu button: a disclosure that Escape, the button or a tap elsewhere closes.
 */
export function CellMenu({ children }: { children: ReactNode }) {
  const t = useT()
  const id = useId()
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const wrap = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  usePanelFocus(open, panel, toggle, close)
  useEffect(() => {
    const root = wrap.current
    const view = root?.closest('.cell-view')
    if (!open || !root || !view) return
    // A tap on the room or another control closes the menu; the tap still does what it was for.
    const onDown = (e: PointerEvent) => {
      if (!root.contains(e.target as Node)) setOpen(false)
    }
    view.addEventListener('pointerdown', onDown as EventListener, true)
    return () => view.removeEventListener('pointerdown', onDown as EventListener, true)
  }, [open])
  return (
    <div className="hud-menu" ref={wrap} data-open={open || undefined}>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        data-role="cell-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="menu-icon">
          ☰
        </span>{' '}
        <span className="visually-hidden">{t('menu')}</span>
      </button>
      <div ref={panel} id={id} className="hud-modes menu-panel" data-role="cell-menu" hidden={!open}>
        {children}
      </div>
    </div>
  )
}
