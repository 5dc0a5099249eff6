import { defineMessages, useTranslator } from '../i18n/i18n'
import { lettersEn, type LettersKey } from './messages-en'

/** The letter page's text: English bundled, the other languages downloaded when chosen. */
const lettersMessages = defineMessages(
  'letters',
  lettersEn,
  async (lang) => (await import('./messages-translations')).LETTERS[lang],
)

/** The translator for the letter page's text in the visitor's language. */
export const useLettersT = () => useTranslator<LettersKey>(lettersMessages)
