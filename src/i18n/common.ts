import { defineMessages, locale, render, type TranslateOptions } from './i18n'
import en from './locales/en'
import type { Catalogue, MessageKey } from './messages'

/** The interface text every page uses; the other languages download when chosen. */
export const commonMessages = defineMessages(
  'common',
  en,
  async (lang) => (await import(`./locales/${lang}.ts`)).default as Catalogue,
)

/** Outside React (the 3D panels read through the hook too): the current language's text for a key. */
export function translateNow(key: MessageKey, options?: TranslateOptions): string {
  return render(commonMessages.get()[key], options, locale.get())
}
