import { useCallback, useRef, useState } from 'react'
import { lazyPart } from '../parts/lazy-part'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import type { Place } from '../links/address'
import { useContent } from '../state/content-store'
import { useSettings } from '../state/settings'
import { shareLink, type SharedLink } from './share'
import { placeAddress } from './place-address'
import type { Shown } from './share-popover'

// What the tap shows (the QR code, the link to copy) loads with the tap: the way to the first voice has the button.
const SharePopover = lazyPart(() => import('./share-popover'))

export interface ShareButtonProps {
  /** Where the link leads, read at the moment of the tap (a playing voice's moment moves on). */
  place(): Place
  /** The line of text that goes with the link, in the visitor's language. */
  text: string
  /** The title the share sheet shows. */
  title: string
  /** The button's label. @default the word "Share" */
  label?: string
  /** Published as `data-role`, for tests and integrators. @default 'share' */
  role?: string
}

/**
 * Passes a cell or a testimony on: the system share sheet (with the address and a line of text), else the link
 * copied with a visible confirmation, else the link shown to copy by hand. Where links are QR codes only (kiosks,
 * exhibition headsets, `?links=qr`), a QR code of the address to take home instead.
 */
export function ShareButton({ place, text, title, label, role = 'share' }: ShareButtonProps) {
  const t = useT()
  const lang = useLanguage()
  const qrOnly = useSettings((s) => s.deployment.linksAsQrOnly)
  const publicUrl = useContent((s) => (s.loadable.status === 'ready' ? s.loadable.value.manifest.publicUrl : undefined))
  const [shown, setShown] = useState<Shown | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => setShown(null), [])

  const onClick = () => {
    if (shown) return close()
    const url = placeAddress(place(), lang, publicUrl)
    if (qrOnly) return setShown({ kind: 'qr', url })
    const link: SharedLink = { url, title, text }
    void shareLink(link, navigator).then((outcome) => {
      if (outcome === 'copied') setShown({ kind: 'copied', url })
      else if (outcome === 'unavailable') setShown({ kind: 'copy', url })
    })
  }

  return (
    <span className="share">
      <button
        ref={button}
        type="button"
        data-role={role}
        aria-expanded={qrOnly ? shown !== null : undefined}
        onClick={onClick}
      >
        {label ?? t('share')}
      </button>
      {shown && <SharePopover shown={shown} role={role} opener={button} onClose={close} />}
    </span>
  )
}
