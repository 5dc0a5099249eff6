import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** An exhibition headset's start screen (all four languages travel together). */
export const exhibitionEn = {
  startInVR: 'Start in VR',
  unknownCell: 'This headset is set to open the cell “{cell}”, which does not exist. “{first}” opens instead.',
  vrFailed: 'VR could not start: {reason}',
} as const satisfies Catalogue

export type ExhibitionKey = keyof typeof exhibitionEn

export const EXHIBITION: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    startInVR: 'Почати у VR',
    unknownCell:
      'Цю гарнітуру налаштовано відкривати камеру «{cell}», але такої немає. Натомість відкриється «{first}».',
    vrFailed: 'Не вдалося запустити VR: {reason}',
  },
  de: {
    startInVR: 'In VR starten',
    unknownCell: 'Dieses Headset soll die Zelle „{cell}“ öffnen, die es nicht gibt. Stattdessen öffnet sich „{first}“.',
    vrFailed: 'VR konnte nicht starten: {reason}',
  },
  pl: {
    startInVR: 'Rozpocznij w VR',
    unknownCell: 'Te gogle mają otwierać celę „{cell}”, której nie ma. Zamiast niej otworzy się „{first}”.',
    vrFailed: 'Nie udało się uruchomić VR: {reason}',
  },
}

const exhibitionMessages = defineMessages(
  'exhibition',
  exhibitionEn,
  async (lang) => EXHIBITION[lang as keyof typeof EXHIBITION],
)

export const useExhibitionT = () => useTranslator<ExhibitionKey>(exhibitionMessages)
