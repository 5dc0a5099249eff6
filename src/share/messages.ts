import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** Share's panel: the link copied, or its QR code (all four languages travel together). */
export const shareEn = {
  linkCopied: 'Link copied: {url}',
  linkNotCopied: 'Copy this link:',
  shareQr: 'Scan to open this place on your phone.',
} as const satisfies Catalogue

export type ShareKey = keyof typeof shareEn

export const SHARE: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    linkCopied: 'Посилання скопійовано: {url}',
    linkNotCopied: 'Скопіюйте це посилання:',
    shareQr: 'Відскануйте, щоб відкрити це місце на телефоні.',
  },
  de: {
    linkCopied: 'Link kopiert: {url}',
    linkNotCopied: 'Diesen Link kopieren:',
    shareQr: 'Scannen, um diesen Ort auf Ihrem Telefon zu öffnen.',
  },
  pl: {
    linkCopied: 'Link skopiowany: {url}',
    linkNotCopied: 'Skopiuj ten link:',
    shareQr: 'Zeskanuj, aby otworzyć to miejsce na telefonie.',
  },
}

const shareMessages = defineMessages('share', shareEn, async (lang) => SHARE[lang as keyof typeof SHARE])

export const useShareT = () => useTranslator<ShareKey>(shareMessages)
