import { defineMessages, useTranslator } from '../i18n/i18n'
import { comfortEn, type ComfortKey } from './messages-en'

/** The comfort settings' text: English bundled, the other languages downloaded when chosen. */
const comfortMessages = defineMessages(
  'comfort',
  comfortEn,
  async (lang) => (await import('./messages-translations')).COMFORT[lang],
)

/** The translator for the comfort settings and the safe place in the visitor's language. */
export const useComfortT = () => useTranslator<ComfortKey>(comfortMessages)
