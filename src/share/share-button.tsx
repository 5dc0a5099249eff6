import { useCallback, useEffect, useRef, useState } from 'react'
import { usePanelFocus } from '../a11y/focus'
import { QrCode } from '../actions/qr-code'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import type { Place } from '../links/address'
import { useResources } from '../state/resources'
import { useSettings } from '../state/settings'
import { shareLink, type SharedLink } from './share'
import { placeAddress } from './place-address'

/** How long "Link copied" stays before it goes by itself. */
export const COPIED_NOTICE_MS = 6000

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

type Shown = { kind: 'copied' | 'copy'; url: string } | { kind: 'qr'; url: string } | null

/**
 * Passes a cell or a testimony on: the system share sheet (with the address and a line of text), else the link
 * copied with a visible confirmation, else the link shown to copy by hand. Where links are QR codes only (kiosks,
 * exhibition headsets, `?links=qr`), a QR code of the address to take home instead.
 */
export function ShareButton({ place, text, title, label, role = 'share' }: ShareButtonProps) {
  const t = useT()
  const lang = useLanguage()
  const qrOnly = useSettings((s) => s.deployment.linksAsQrOnly)
  const publicUrl = useResources((s) => (s.content.status === 'ready' ? s.content.value.manifest.publicUrl : undefined))
  const [shown, setShown] = useState<Shown>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setShown(null), [])
  usePanelFocus(shown?.kind === 'qr' || shown?.kind === 'copy', panel, button, close)
  useEffect(() => {
    if (shown?.kind !== 'copied') return
    const id = setTimeout(close, COPIED_NOTICE_MS)
    return () => clearTimeout(id)
  }, [shown, close])

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
      {shown && (
        <div
          ref={panel}
          className={`share-popover share-${shown.kind}`}
          data-role={`${role}-result`}
          role={shown.kind === 'copied' ? 'status' : undefined}
        >
          {shown.kind === 'qr' ? (
            <QrCode value={shown.url} label={t('shareQr')} size={168} />
          ) : shown.kind === 'copied' ? (
            <p>{t('linkCopied', { url: shown.url })}</p>
          ) : (
            <label>
              {t('linkNotCopied')}
              <input readOnly value={shown.url} onFocus={(e) => e.currentTarget.select()} />
            </label>
          )}
          {shown.kind !== 'copied' && (
            <button type="button" className="close" onClick={close}>
              {t('close')}
            </button>
          )}
        </div>
      )}
    </span>
  )
}
