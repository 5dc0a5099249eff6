import { useEffect, useRef, type RefObject } from 'react'
import { usePanelFocus } from '../a11y/focus'
import { QrCode } from '../actions/qr-code'
import { useT } from '../i18n/use-t'
import './share.css'
import { useShareT } from './messages'

/** How long "Link copied" stays before it goes by itself. */
const COPIED_NOTICE_MS = 6000

/** What a Share tap shows: the link copied, the link to copy by hand, or its QR code. */
export type Shown = { kind: 'copied' | 'copy' | 'qr'; url: string }

/** Below the Share button (share-button.tsx), loaded with the first tap that needs it. */
export default function SharePopover({
  shown,
  role,
  opener,
  onClose,
}: {
  shown: Shown
  /** The button's `data-role`: this is `${role}-result`. */
  role: string
  opener: RefObject<HTMLButtonElement | null>
  onClose(): void
}) {
  const t = useT()
  const st = useShareT()
  const panel = useRef<HTMLDivElement>(null)
  usePanelFocus(shown.kind === 'qr' || shown.kind === 'copy', panel, opener, onClose)
  useEffect(() => {
    if (shown.kind !== 'copied') return
    const id = setTimeout(onClose, COPIED_NOTICE_MS)
    return () => clearTimeout(id)
  }, [shown, onClose])
  return (
    <div
      ref={panel}
      className={`share-popover share-${shown.kind}`}
      data-role={`${role}-result`}
      role={shown.kind === 'copied' ? 'status' : undefined}
    >
      {shown.kind === 'qr' ? (
        <QrCode value={shown.url} label={st('shareQr')} size={168} />
      ) : shown.kind === 'copied' ? (
        <p>{st('linkCopied', { url: shown.url })}</p>
      ) : (
        <label>
          {st('linkNotCopied')}
          <input readOnly value={shown.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {shown.kind !== 'copied' && (
        <button type="button" className="close" onClick={onClose}>
          {t('close')}
        </button>
      )}
    </div>
  )
}
