import type { ReactNode } from 'react'
import type { Language } from '../i18n/languages'
import { useSettings } from '../state/settings'
// The code's frame and caption come with the link, so a panel does not shift when its codes are drawn; the encoder
// itself is fetched only where links are QR codes (qr.ts).
import { QrCode } from './qr-code'

export interface ExternalLinkProps {
  url: string
  /** The QR code's caption and accessible name, where links are shown as QR codes. */
  qrLabel: string
  /** The QR code's size in CSS pixels. @default 168 */
  qrSize?: number
  className?: string
  lang?: Language
  /** Published as `data-action` on the link, for tests and integrators. */
  action?: string
  /** The link's text. */
  children: ReactNode
}

/**
 * Every link that leaves the site: a new tab without a referrer, or a QR code to scan with one's own phone where
 * the deployment shows links as QR codes only (kiosks, exhibition headsets, `?links=qr`).
 * @example <ExternalLink url={petition.url} qrLabel="Petition: scan with your phone">Petition</ExternalLink>
 */
export function ExternalLink({ url, qrLabel, qrSize, className, lang, action, children }: ExternalLinkProps) {
  const qrOnly = useSettings((s) => s.deployment.linksAsQrOnly)
  if (qrOnly) return <QrCode value={url} label={qrLabel} size={qrSize} />
  return (
    <a className={className} href={url} target="_blank" rel="noopener noreferrer" lang={lang} data-action={action}>
      {children}
    </a>
  )
}
