import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** View in your room (AR Quick Look), loaded with its button (all four languages travel together). */
export const quickLookEn = {
  viewInRoom: 'View in your room',
  quickLookHow:
    'The cell opens life size in your room. Walk to a glowing marker and tap it to hear the testimony from that spot.',
  quickLookOpen: 'Open in AR',
  quickLookBanner: 'Tap a glowing marker to hear a testimony.',
} as const satisfies Catalogue

export type QuickLookKey = keyof typeof quickLookEn

export const QUICK_LOOK: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    viewInRoom: 'Переглянути у своїй кімнаті',
    quickLookHow:
      'Камера відкриється у вашій кімнаті в натуральну величину. Підійдіть до світного маркера й торкніться його, щоб почути свідчення з того місця.',
    quickLookOpen: 'Відкрити в AR',
    quickLookBanner: 'Торкніться світного маркера, щоб почути свідчення.',
  },
  de: {
    viewInRoom: 'In Ihrem Raum ansehen',
    quickLookHow:
      'Die Zelle öffnet sich in Originalgröße in Ihrem Raum. Gehen Sie zu einer leuchtenden Markierung und tippen Sie darauf, um das Zeugnis von dieser Stelle zu hören.',
    quickLookOpen: 'In AR öffnen',
    quickLookBanner: 'Tippen Sie auf eine leuchtende Markierung, um ein Zeugnis zu hören.',
  },
  pl: {
    viewInRoom: 'Zobacz w swoim pokoju',
    quickLookHow:
      'Cela otworzy się w Twoim pokoju w naturalnej wielkości. Podejdź do świecącego znacznika i dotknij go, aby usłyszeć relację z tego miejsca.',
    quickLookOpen: 'Otwórz w AR',
    quickLookBanner: 'Dotknij świecącego znacznika, aby usłyszeć relację.',
  },
}

const quickLookMessages = defineMessages(
  'quick-look',
  quickLookEn,
  async (lang) => QUICK_LOOK[lang as keyof typeof QUICK_LOOK],
)

export const useQuickLookT = () => useTranslator<QuickLookKey>(quickLookMessages)
