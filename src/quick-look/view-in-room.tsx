import { useCallback, useEffect, useRef, useState } from 'react'
import type { Cell } from '../content/schema'
import { localize } from '../content/localize'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { useAppStore } from '../state/app-store'
import { useSettings } from '../state/settings'
import arIcon from './ar-icon.svg'
import { onBannerTapped, quickLookHref, supportsQuickLook } from './quick-look'
import './quick-look.css'
import { useQuickLookT } from './messages'

/**
 * "View in your room": the cell in AR Quick Look, offered only where Safari opens `rel="ar"` links (iPhone, iPad,
 * Vision Pro) and the cell has a USDZ. A first tap shows the content note and the demo marking; the link in that
 * sheet opens Quick Look, whose "Take action" banner brings the visitor back with Take action open.
 */
export function ViewInRoom({ cell, base }: { cell: Cell; base: string }) {
  const qt = useQuickLookT()
  const [open, setOpen] = useState(false)
  const [supported] = useState(supportsQuickLook)
  const xrMode = useAppStore((s) => s.xrMode)
  // a kiosk or a shared headset keeps the visitor inside the experience
  const visitor = useSettings((s) => s.deployment.mode === 'visitor')
  const opener = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => {
    setOpen(false)
    opener.current?.focus()
  }, [])
  if (!supported || !cell.quickLook || !visitor || xrMode !== 'none') return null

  return (
    <>
      <button type="button" ref={opener} data-role="view-in-room" aria-expanded={open} onClick={() => setOpen(!open)}>
        {qt('viewInRoom')}
      </button>
      {open && <QuickLookSheet cell={cell} href={base + cell.quickLook} onClose={close} />}
    </>
  )
}

/** What the visitor reads before Quick Look opens, and the link that opens it. */
function QuickLookSheet({ cell, href, onClose }: { cell: Cell; href: string; onClose: () => void }) {
  const t = useT()
  const qt = useQuickLookT()
  const lang = useLanguage()
  const setActionsOpen = useAppStore((s) => s.setActionsOpen)
  const link = useRef<HTMLAnchorElement>(null)

  useEffect(() => {
    const anchor = link.current
    if (!anchor) return undefined
    anchor.focus()
    return onBannerTapped(anchor, () => {
      setActionsOpen(true)
      onClose()
    })
  }, [setActionsOpen, onClose])

  const name = localize(cell.name, lang)
  const notes = new Map(cell.testimonies.map((x) => localize(x.contentNote, lang)).map((n) => [n.text, n.lang]))
  const banner = { callToAction: t('takeAction'), title: name.text, subtitle: qt('quickLookBanner') }
  return (
    <div
      className="quick-look-sheet"
      role="dialog"
      aria-modal="true"
      aria-labelledby="quick-look-title"
      data-role="quick-look-sheet"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        // Marked as used: the menu around it and the cell's own Escape wait for the next press.
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id="quick-look-title">
        {qt('viewInRoom')} {cell.demo && <span className="demo-badge">{t('demo')}</span>}
      </h2>
      {cell.demo && <p data-role="quick-look-demo">{t('demoBanner')}</p>}
      <p className="quick-look-note" data-role="quick-look-note">
        {t('contentNote')}
      </p>
      <ul className="quick-look-notes">
        {[...notes].map(([text, lang]) => (
          <li key={text} lang={lang}>
            {text}
          </li>
        ))}
      </ul>
      <p>{qt('quickLookHow')}</p>
      {/* Safari opens Quick Look only from a link whose first element is an image. */}
      <a rel="ar" href={quickLookHref(href, banner)} ref={link} className="quick-look-link" data-role="quick-look-link">
        <img src={arIcon} alt="" width={28} height={28} />
        {qt('quickLookOpen')}
      </a>
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </div>
  )
}
